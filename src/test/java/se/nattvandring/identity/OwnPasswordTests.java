package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;

/**
 * A person's own password: the current one is asked for, a common or leaked one is refused, and the change ends the
 * account's other sessions. Each test signs in a person of its own, so that no other test's session is ended.
 */
@IntegrationTest
class OwnPasswordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	private String person(String name) {
		var district = organisations.byId(1).orElseThrow();
		accounts.create(name, "Test " + name, "en-gammal-fras-att-minnas", district, java.util.Set.of(Role.BOARD));
		return name;
	}

	private Cookie signIn(String username, String password) {
		var login = mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
			.exchange();
		assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
		return SessionCookies.of(login);
	}

	private String hashOf(String username) {
		return jdbc.sql("select password_hash from user_account where username = :u").param("u", username)
			.query(String.class).single();
	}

	@Test
	void changingAPasswordWithoutTheCurrentOneIsRefused() {
		String name = person("pw-utan-" + System.nanoTime() % 100000);
		Cookie session = signIn(name, "en-gammal-fras-att-minnas");
		String before = hashOf(name);

		var refused = mvc.post().uri("/profile/password").cookie(session).with(csrf())
			.param("password", "ett-helt-nytt-langt-losenord").param("repeated", "ett-helt-nytt-langt-losenord")
			.exchange();
		var wrong = mvc.post().uri("/profile/password").cookie(session).with(csrf()).param("current", "fel-gissning")
			.param("password", "ett-helt-nytt-langt-losenord").param("repeated", "ett-helt-nytt-langt-losenord")
			.exchange();

		assertThat(refused.getMvcResult().getFlashMap().get("passwordError")).isEqualTo("password.error.current");
		assertThat(wrong.getMvcResult().getFlashMap().get("passwordError")).isEqualTo("password.error.current");
		assertThat(hashOf(name)).isEqualTo(before);
	}

	@Test
	void aCommonPasswordIsRefusedWhateverItsLength() {
		String name = person("pw-vanlig-" + System.nanoTime() % 100000);
		Cookie session = signIn(name, "en-gammal-fras-att-minnas");
		String before = hashOf(name);

		var refused = mvc.post().uri("/profile/password").cookie(session).with(csrf())
			.param("current", "en-gammal-fras-att-minnas").param("password", "password1234")
			.param("repeated", "password1234").exchange();

		assertThat(PasswordPolicy.isCommon("password1234")).isTrue();
		assertThat(PasswordPolicy.problem("qwertyuiop")).contains("password.error.common");
		assertThat(PasswordPolicy.problem("sju-ord")).contains("password.error.tooShort");
		assertThat(PasswordPolicy.problem("kvallsvandring i solberga")).isEmpty();
		assertThat(refused.getMvcResult().getFlashMap().get("passwordError")).isEqualTo("password.error.common");
		assertThat(hashOf(name)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} with {1}: refused {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"Nattvandring2025!          | -                       | true",
			"NATTVANDRARE-2026          | -                       | true",
			"Älvsjö-AIK-2024            | Älvsjö AIK              | true",
			"alvsjo!!2024               | Älvsjö AIK              | true",
			"ebba.lindqvist1            | ebba.lindqvist@exempel.se | true",
			"Lindqvist#1984             | Ebba Lindqvist          | true",
			"aik-aik-aik                | Älvsjö AIK              | false",
			"kvallsvandring i solberga  | Älvsjö AIK              | false",
			"12345678901234             | Älvsjö AIK              | false" })
	void aPasswordMadeOfTheAccountsOwnWordsOrTheProductsNameIsRefused(String password, String context,
			boolean refused) {
		assertThat(PasswordPolicy.isContextWord(password, java.util.Arrays.asList(context))).isEqualTo(refused);
	}

	@Test
	void theOwnUserNameAsAPasswordIsRefusedOnTheForm() {
		String name = person("pw-egen-" + System.nanoTime() % 100000);
		Cookie session = signIn(name, "en-gammal-fras-att-minnas");
		String before = hashOf(name);

		var refused = mvc.post().uri("/profile/password").cookie(session).with(csrf())
			.param("current", "en-gammal-fras-att-minnas").param("password", name + "!2026")
			.param("repeated", name + "!2026").exchange();

		assertThat(refused.getMvcResult().getFlashMap().get("passwordError")).isEqualTo("password.error.context");
		assertThat(hashOf(name)).isEqualTo(before);
	}

	@Test
	void aChangeWithTheCurrentPasswordEndsTheOtherSessionsAndKeepsThisOne() {
		String name = person("pw-byt-" + System.nanoTime() % 100000);
		Cookie phone = signIn(name, "en-gammal-fras-att-minnas");
		Cookie laptop = signIn(name, "en-gammal-fras-att-minnas");

		var changed = mvc.post().uri("/profile/password").cookie(laptop).with(csrf())
			.param("current", "en-gammal-fras-att-minnas").param("password", "nattens-nya-fras-for-mig")
			.param("repeated", "nattens-nya-fras-for-mig").exchange();

		assertThat(changed.getMvcResult().getFlashMap().get("message")).isEqualTo("profile.password.saved");
		assertThat(mvc.get().uri("/profile").cookie(laptop).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/profile").cookie(phone).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", name)
			.query(Long.class).single()).isEqualTo(1);
		signIn(name, "nattens-nya-fras-for-mig");
	}
}
