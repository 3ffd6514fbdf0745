package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** A token is made on the profile page, shown once, stored hashed, works for the API, and stops when revoked. */
@IntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenFromTheProfilePageAuthenticatesApiCallsUntilRevoked() throws Exception {
		var session = new DemoLogins(mvc).session("aik");
		var created = mvc.post().uri("/profile/tokens").cookie(session).with(csrf()).param("name", "Föreningens Excel")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String page = mvc.get().uri("/profile").cookie(session).exchange()
			.getResponse().getContentAsString();
		var matcher = Pattern.compile("(nv_[A-Za-z0-9_\\-]{20,})").matcher(page);
		assertThat(matcher.find()).as("the new token is shown once on the profile page").isTrue();
		String token = matcher.group(1);

		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
			.query(Long.class).single()).as("the token itself is never stored").isZero();
		assertThat(mvc.get().uri("/api/v1/agreements").header("Authorization", "Bearer " + token)).hasStatusOk();
		assertThat(mvc.get().uri("/profile").cookie(session)).bodyText().doesNotContain(token)
			.contains("Föreningens Excel");

		long id = jdbc.sql("select id from api_token where name = 'Föreningens Excel'").query(Long.class).single();
		// It lasts a year, says so on the page, and keeps when it was last used.
		assertThat(jdbc.sql("select extract(day from expires_at - created_at) from api_token where id = :id")
			.param("id", id).query(Integer.class).single()).isEqualTo(365);
		assertThat(jdbc.sql("select last_used_at is not null from api_token where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
		assertThat(mvc.get().uri("/profile").cookie(session)).bodyText().contains("Gäller till");
		assertThat(mvc.post().uri("/profile/tokens/" + id + "/revoke").cookie(session).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/agreements").header("Authorization", "Bearer " + token)).hasStatus(401);
	}

	@Test
	void tokenCallsNeedNoCsrfButSessionCallsDo() {
		String body = "{}";
		assertThat(mvc.post().uri("/api/v1/agreements").header("Authorization", DemoLogins.bearer("distrikt"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).as("token call reaches validation").hasStatus(400);
		var session = new DemoLogins(mvc).session("distrikt");
		assertThat(mvc.post().uri("/api/v1/agreements").cookie(session).contentType(MediaType.APPLICATION_JSON)
			.content(body)).as("session call without CSRF token").hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/agreements").cookie(session)).as("session reads work").hasStatusOk();
	}

	@Test
	void anotherUsersTokenCannotBeRevoked() {
		long distriktToken = jdbc.sql("""
				select t.id from api_token t join user_account u on u.id = t.user_id
				where u.username = 'distrikt' and t.name = 'demo'""").query(Long.class).single();
		var session = new DemoLogins(mvc).session("folkparken");
		assertThat(mvc.post().uri("/profile/tokens/" + distriktToken + "/revoke").cookie(session).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/agreements").header("Authorization", DemoLogins.bearer("distrikt")))
			.hasStatusOk();
	}
}
