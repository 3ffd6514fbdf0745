package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

@IntegrationTest
class LoginAndSessionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

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
		var anonymous = new MockHttpSession();
		String before = anonymous.getId();
		var login = mvc.perform(formLogin("/login").user("falt").password(DemoLogins.PASSWORD));
		var session = (MockHttpSession) login.getMvcResult().getRequest().getSession(false);
		assertThat(session).isNotNull();
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();

		var logout = mvc.post().uri("/logout").session(session).with(csrf()).exchange();

		assertThat(logout).hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
		assertThat(session.isInvalid()).isTrue();
	}

	/** The night page's outbox, pass and cached pages go with the session, so a shared phone keeps nothing. */
	@Test
	void logoutOverHttpsTellsTheBrowserToClearTheSitesStorageAndCaches() {
		var session = new DemoLogins(mvc).session("vandrare");

		var logout = mvc.post().uri("/logout").secure(true).session(session).with(csrf()).exchange();

		assertThat(logout).hasStatus3xxRedirection().hasHeader("Clear-Site-Data", "\"cache\", \"storage\"");
	}

	@Test
	void aFailedLoginSaysSoAndKeepsTheUsername() {
		var failed = mvc.perform(formLogin("/login").user("distrikt").password("wrong"));
		assertThat(failed).hasRedirectedUrl("/login?error");
		var session = (MockHttpSession) failed.getMvcResult().getRequest().getSession(false);

		assertThat(mvc.get().uri("/login?error").session(session)).bodyText()
			.contains("Fel användarnamn eller lösenord", "value=\"distrikt\"");
	}

	@Test
	void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() {
		var district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow();
		accounts.create("throttled-user", "Throttled", "right-password", district, Set.of(Role.FIELD_ASSISTANT));
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(formLogin("/login").user("throttled-user").password("wrong")))
				.hasRedirectedUrl("/login?error");
		}

		assertThat(mvc.perform(formLogin("/login").user("throttled-user").password("right-password")))
			.hasRedirectedUrl("/login?throttled");
		assertThat(mvc.get().uri("/login?throttled")).bodyText().contains("För många misslyckade inloggningar");
	}

	@Test
	void pagesNeedALoginAndFormsNeedTheCsrfToken() {
		assertThat(mvc.get().uri("/agreements")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		var session = new DemoLogins(mvc).session("distrikt");
		assertThat(mvc.post().uri("/profile/tokens").session(session).param("name", "x")).hasStatus(403);
	}
}
