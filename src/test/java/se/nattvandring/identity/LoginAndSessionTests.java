package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;

@IntegrationTest
class LoginAndSessionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageIsSwedishByDefaultAndEnglishOnRequest() {
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("<h1>Logga in</h1>", "lang=\"sv\"");
		assertThat(mvc.get().uri("/login?lang=en")).hasStatusOk().bodyText().contains("<h1>Log in</h1>");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "en-GB,en;q=0.9")).bodyText()
			.contains("<h1>Log in</h1>");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE")).bodyText().contains("<h1>Logga in</h1>");
	}

	@Test
	void theLanguageChoiceIsRememberedInACookie() {
		var result = mvc.get().uri("/login?lang=en").exchange();
		var cookie = result.getResponse().getCookie("nv-lang");
		assertThat(cookie).isNotNull();
		assertThat(mvc.get().uri("/login").cookie(cookie)).bodyText().contains("<h1>Log in</h1>");
	}

	@Test
	void demoAccountsAreListedOnTheLoginPageInDemoMode() {
		assertThat(mvc.get().uri("/login")).bodyText().contains("distrikt", "vandrare", "nattvandring");
	}

	@Test
	void loginGivesANewSessionIdAndLogoutEndsTheSessionOnTheServer() {
		Cookie anonymous = SessionCookies.of(mvc.get().uri("/login").exchange());
		var login = mvc.post().uri("/login").param("username", "falt").param("password", DemoLogins.PASSWORD)
			.with(csrf()).cookie(anonymous).exchange();
		Cookie session = SessionCookies.of(login);
		assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
		assertThat(liveSessionsOf("falt")).contains(SessionCookies.id(session));
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

		var logout = mvc.post().uri("/logout").cookie(session).with(csrf()).exchange();

		assertThat(logout).hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
		assertThat(liveSessionsOf("falt")).doesNotContain(SessionCookies.id(session));
		assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection().hasRedirectedUrl("/login");
	}

	private java.util.List<String> liveSessionsOf(String username) {
		return jdbc.sql("select session_id from spring_session where principal_name = :name").param("name", username)
			.query(String.class).list();
	}

	/** The night page's outbox, pass and cached pages go with the session, so a shared phone keeps nothing. */
	@Test
	void logoutOverHttpsTellsTheBrowserToClearTheSitesStorageAndCaches() {
		var session = new DemoLogins(mvc).session("vandrare");

		var logout = mvc.post().uri("/logout").secure(true).cookie(session).with(csrf()).exchange();

		assertThat(logout).hasStatus3xxRedirection().hasHeader("Clear-Site-Data", "\"cache\", \"storage\"");
	}

	@Test
	void aFailedLoginSaysSoAndKeepsTheUsername() {
		var failed = mvc.perform(formLogin("/login").user("distrikt").password("wrong"));
		assertThat(failed).hasRedirectedUrl("/login?error");
		var session = SessionCookies.of(failed);

		assertThat(mvc.get().uri("/login?error").cookie(session)).bodyText()
			.contains("Fel användarnamn eller lösenord", "value=\"distrikt\"");
	}

	@Test
	void pagesNeedALoginAndFormsNeedTheCsrfToken() {
		assertThat(mvc.get().uri("/agreements")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		var session = new DemoLogins(mvc).session("distrikt");
		assertThat(mvc.post().uri("/profile/tokens").cookie(session).param("name", "x")).hasStatus(403);
	}
}
