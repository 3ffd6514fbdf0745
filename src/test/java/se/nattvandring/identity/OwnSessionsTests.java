package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;

/**
 * A person sees where they are signed in and ends any other sign-in; nobody ends another person's session that way;
 * the district's administrator signs one of their people out everywhere. Each test signs in people of its own.
 */
@IntegrationTest
class OwnSessionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	private CurrentUser person(String prefix) {
		return accounts.create(prefix + System.nanoTime() % 1000000, "Test " + prefix, "en-fras-for-sessioner",
				organisations.byId(1).orElseThrow(), Set.of(Role.FIELD_ASSISTANT));
	}

	private Cookie signIn(String username) {
		var login = mvc.post().uri("/login").param("username", username).param("password", "en-fras-for-sessioner")
			.with(csrf()).exchange();
		return SessionCookies.of(login);
	}

	private String keyOf(Cookie session) {
		return jdbc.sql("select primary_id from spring_session where session_id = :id")
			.param("id", SessionCookies.id(session)).query(String.class).single().strip();
	}

	@Test
	void aPersonEndsTheirOtherSignInButNobodyElses() {
		CurrentUser me = person("sess");
		CurrentUser other = person("annan");
		Cookie laptop = signIn(me.username());
		Cookie phone = signIn(me.username());
		Cookie theirs = signIn(other.username());

		assertThat(mvc.get().uri("/profile/sessions").cookie(laptop)).hasStatusOk().bodyText()
			.contains("<h1>Dina inloggningar</h1>").contains("Den här webbläsaren.").contains(keyOf(phone))
			.doesNotContain(SessionCookies.id(phone)).doesNotContain(keyOf(theirs));

		mvc.post().uri("/profile/sessions/end").cookie(laptop).with(csrf()).param("key", keyOf(theirs)).exchange();
		assertThat(mvc.get().uri("/profile").cookie(theirs)).hasStatusOk();

		var ended = mvc.post().uri("/profile/sessions/end").cookie(laptop).with(csrf()).param("key", keyOf(phone))
			.exchange();
		assertThat(ended.getMvcResult().getFlashMap().get("message")).isEqualTo("sessions.ended");
		assertThat(mvc.get().uri("/profile").cookie(phone).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(mvc.get().uri("/profile").cookie(laptop)).hasStatusOk();
	}

	@Test
	void theAdministratorSignsAPersonOutEverywhereWithoutEndingTheirAccess() {
		CurrentUser assistant = person("falt");
		Cookie one = signIn(assistant.username());
		Cookie two = signIn(assistant.username());

		mvc.post().uri("/admin/staff/" + assistant.userId() + "/sessions/end")
			.cookie(new DemoLogins(mvc).session("admin")).with(csrf()).exchange();

		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u")
			.param("u", assistant.username()).query(Long.class).single()).isZero();
		assertThat(mvc.get().uri("/profile").cookie(one).exchange().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.get().uri("/profile").cookie(two).exchange().getResponse().getRedirectedUrl()).endsWith("/login");
		signIn(assistant.username());
	}
}
