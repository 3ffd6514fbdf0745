package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;

/**
 * Every sign-in is recorded with who, when and from where, and a failed one without what was typed; a district's
 * administrator reads its own people's events and no other organisation's.
 */
@IntegrationTest
class SecurityEventsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void signInsAreRecordedAndEachAdministratorReadsOnlyTheirOwnPeople() throws Exception {
		String typed = "felskrivet-namn-" + System.nanoTime();
		mvc.post().uri("/login").param("username", typed).param("password", "fel").with(csrf()).exchange();
		new DemoLogins(mvc).passwordOnly("falt");
		new DemoLogins(mvc).passwordOnly("aik");
		String name = "sakadmin" + System.nanoTime() % 100000;
		accounts.create(name, "Säkerhetsadministratör", "en-fras-for-sakerhet", organisations.byId(1).orElseThrow(),
				Set.of(Role.ADMIN));

		assertThat(jdbc.sql("""
				select count(*) from security_event where kind = 'SIGN_IN' and outcome = 'FAILURE'
				and typed_name_hash = encode(sha256(convert_to(:typed, 'UTF8')), 'hex') and user_id is null
				""").param("typed", typed).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from security_event where detail like :t or method like :t")
			.param("t", "%" + typed + "%").query(Long.class).single()).as("what was typed is never kept").isZero();
		assertThat(jdbc.sql("""
				select client_address from security_event e join user_account u on u.id = e.user_id
				where u.username = 'falt' and e.kind = 'SIGN_IN' and e.outcome = 'SUCCESS'
				order by e.id desc limit 1
				""").query(String.class).single()).isEqualTo("127.0.0.1");

		var login = mvc.post().uri("/login").param("username", name).param("password", "en-fras-for-sakerhet")
			.with(csrf()).exchange();
		String districtAdmin = mvc.get().uri("/admin/security-events").cookie(SessionCookies.of(login)).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(districtAdmin).contains("<h1>Säkerhetshändelser</h1>").contains("Ahmed Yusuf")
			.doesNotContain("Maria Holm");
		assertThat(mvc.get().uri("/admin/security-events").cookie(new DemoLogins(mvc).session("admin")))
			.bodyText().contains("Maria Holm").contains("Ahmed Yusuf");
		assertThat(mvc.get().uri("/admin/security-events").cookie(new DemoLogins(mvc).session("aik")))
			.hasStatus(403);
	}

	@Test
	void aRefusalByAModulesOwnCheckIsRecordedOnceForPagesAndTheApi() {
		// The route lets an association's contact list walkers; the register refuses another association's.
		String api = "/api/v1/associations/3/walkers";
		String page = "/associations/3/walkers";
		// Other tests' refusals are kept too (the log outlives their rollback): count only this test's.
		long before = jdbc.sql("select coalesce(max(id), 0) from security_event").query(Long.class).single();

		assertThat(mvc.get().uri(api).header("Authorization", DemoLogins.bearer("aik"))).hasStatus(403);
		assertThat(mvc.get().uri(page).cookie(new DemoLogins(mvc).session("aik"))).hasStatus(403);

		for (String path : new String[] { api, page }) {
			assertThat(jdbc.sql("""
					select count(*) from security_event e join user_account u on u.id = e.user_id
					where u.username = 'aik' and e.kind = 'ACCESS_REFUSED' and e.method = 'MODULE'
					and e.detail = :detail and e.id > :before""").param("detail", "GET " + path).param("before", before)
				.query(Long.class).single())
				.as(path).isOne();
		}
	}
}
