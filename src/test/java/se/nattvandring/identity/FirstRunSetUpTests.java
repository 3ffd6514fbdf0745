package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An installation without the demo, started on an empty database: the log offers a one-time set-up link, the link
 * creates the first administrator and the first district, and then nothing can repeat the set-up. Its own context
 * and database, so the demo world is not there.
 */
@SpringBootTest(properties = { "nattvandring.demo=false", "nattvandring.jobs.enabled=false" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstRunSetUpTests {

	static final Pattern LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockMvc plain;

	@Autowired
	FirstRun firstRun;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLinkFromTheLogCreatesTheFirstAdministratorAndDistrictOnceAndOnlyOnce(CapturedOutput output)
			throws Exception {
		Matcher logged = LINK.matcher(output.getAll());
		assertThat(logged.find()).as("the start printed a set-up link").isTrue();
		String token = logged.group(1);
		String link = "/setup/" + token;
		assertThat(jdbc.sql("select count(*) from setup_token where token_hash = :hash")
			.param("hash", se.nattvandring.shared.Hashes.sha256Hex(token)).query(Long.class).single()).as("only the hash is stored").isOne();
		assertThat(mvc.get().uri("/setup/not-a-real-link-at-all")).hasStatus(404);
		assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Kom igång med Nattvandring");

		MvcTestResult refused = mvc.post().uri(link).with(csrf()).param("districtName", "Skärholmens stadsdelsförvaltning")
			.param("organisationNumber", "212000-0143").param("displayName", "Sara Admin")
			.param("email", "sara.admin@exempel.se").param("username", "sara").param("password", "kort").exchange();
		assertThat(refused).hasStatus(400).bodyText().contains("minst 8").contains("value=\"Skärholmens stadsdelsförvaltning\"")
			.contains("value=\"sara.admin@exempel.se\"").contains("Organisationsnumret");
		assertThat(accounts()).isZero();

		String expired = firstRun.issueIfEmpty().orElseThrow();
		jdbc.sql("update setup_token set expires_at = :past where token_hash = :hash")
			.param("past", Timestamp.from(Instant.now().minusSeconds(60))).param("hash", se.nattvandring.shared.Hashes.sha256Hex(expired)).update();
		assertThat(mvc.get().uri("/setup/" + expired)).hasStatus(404);

		MvcTestResult done = mvc.post().uri(link).with(csrf()).param("districtName", "Skärholmens stadsdelsförvaltning")
			.param("organisationNumber", "").param("displayName", "Sara Admin").param("email", "sara.admin@exempel.se")
			.param("username", "sara").param("password", "en lång fras att minnas").param("alsoCoordinator", "true")
			.exchange();
		assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/login");

		assertThat(jdbc.sql("select kind from organisation where name = 'Skärholmens stadsdelsförvaltning'")
			.query(String.class).list()).containsExactly("DISTRICT_ADMINISTRATION");
		assertThat(jdbc.sql("""
				select r.role from user_role r join user_account u on u.id = r.user_id where u.username = 'sara'
				order by r.role""").query(String.class).list()).containsExactly("ADMIN", "DISTRICT_COORDINATOR", "INSTALLATION_ADMIN");
		var login = plain.perform(formLogin("/login").user("sara").password("en lång fras att minnas")).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(mvc.get().uri(link)).as("the link works once").hasStatus(404);
		assertThat(mvc.post().uri(link).with(csrf()).param("districtName", "Igen").param("displayName", "Igen")
			.param("email", "igen@exempel.se").param("username", "igen").param("password", "en annan lång fras")
			.exchange()).hasStatus(404);
		assertThat(firstRun.issueIfEmpty()).as("nothing can repeat the set-up").isEmpty();
		assertThat(accounts()).isOne();
	}

	private long accounts() {
		return jdbc.sql("select count(*) from user_account").query(Long.class).single();
	}
}
