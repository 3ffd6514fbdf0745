package se.nattvandring.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.notification.CalendarFeeds;
import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.TeamSignUps;

/** A walker from registration through invitation and sign-in by link, to deactivation and anonymisation. */
@IntegrationTest
class WalkerLifecycleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Walkers walkers;

	@Autowired
	WalkerAnonymisation anonymisation;

	@Autowired
	TeamSignUps signUps;

	@Autowired
	Mailbox mailbox;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Clock clock;

	@Test
	void anInvitedWalkerSignsInWithTheLinkFromTheEmail() {
		Cookie contact = new DemoLogins(mvc).session("aik");
		long walker = register("Tindra Invitesson", "tindra.invitesson@exempel.se");

		assertThat(mvc.post().uri("/walkers/" + walker + "/invite").cookie(contact).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		String body = jdbc.sql("select body from mail_message where recipient = :r order by id desc limit 1")
			.param("r", "tindra.invitesson@exempel.se").query(String.class).single();
		Matcher link = Pattern.compile("/login/ott\\?token=([A-Za-z0-9-]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		// The database keeps only the token's hash: a copy of it opens no account.
		assertThat(jdbc.sql("select count(*) from one_time_tokens where token_value = :t").param("t", link.group(1))
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from one_time_tokens where token_value = :h")
			.param("h", se.nattvandring.shared.Hashes.sha256Hex(link.group(1))).query(Long.class).single()).isOne();
		assertThat(mvc.get().uri("/login/ott?token=" + link.group(1)).exchange()).hasStatusOk().bodyText()
			.contains(link.group(1));
		var signIn = mvc.post().uri("/login/ott").param("token", link.group(1)).with(csrf()).exchange();
		assertThat(signIn).hasStatus3xxRedirection();
		assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("login");
		Cookie session = se.nattvandring.support.SessionCookies.of(signIn);
		assertThat(mvc.get().uri("/me/data").cookie(session).exchange()).hasStatusOk().bodyText()
			.contains("Tindra Invitesson");
		// Signed in by link, the walker sets a password and from then on signs in with their address.
		assertThat(mvc.post().uri("/profile/password").cookie(session).with(csrf()).param("password", "kort")
			.param("repeated", "kort").exchange().getMvcResult().getFlashMap().get("passwordError"))
			.isEqualTo("password.error.tooShort");
		assertThat(mvc.post().uri("/profile/password").cookie(session).with(csrf())
			.param("password", "nattvandra-i-solberga").param("repeated", "nattvandra-i-solberga").exchange())
			.hasStatus3xxRedirection();
		var byAddress = mvc.perform(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestBuilders.formLogin("/login").user("tindra.invitesson@exempel.se")
			.password("nattvandra-i-solberga"));
		assertThat(byAddress.getMvcResult().getResponse().getRedirectedUrl()).doesNotContain("error");
		// A link works once.
		assertThat(mvc.post().uri("/login/ott").param("token", link.group(1)).with(csrf()).exchange()
			.getResponse().getRedirectedUrl()).contains("linkExpired");
	}

	@Test
	void aLinkAskedForOnTheLoginPageGivesTheSameAnswerForKnownAndUnknownAddresses() {
		var known = mvc.post().uri("/login/link").param("email", "leila.andersson@exempel.se").with(csrf()).exchange();
		var unknown = mvc.post().uri("/login/link").param("email", "nobody@exempel.se").with(csrf()).exchange();

		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
			.isEqualTo("/login/link?sent");
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'nobody@exempel.se'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anonymisationErasesTheIdentityButKeepsTheAttendanceCounts() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long walker = register("Ulla Glömsk", "ulla.glomsk@exempel.se");
		long walk = jdbc.sql("""
				select w.id from walk w where w.association_id = 2 and w.status = 'PLANNED'
				and w.starts_at > now() + interval '2 days'
				and (select count(*) from walk_signup s where s.walk_id = w.id) < w.max_team
				order by w.starts_at limit 1""").query(Long.class).single();
		signUps.signUp(walk, walker, contact);
		mailbox.send(new OutgoingMail("test-anon-" + walker, "ulla.glomsk@exempel.se", "Hej", "Hej Ulla", walker,
				false));
		feeds.issue(new CalendarFeeds.Owner(walker, null));
		long teamBefore = teamSize(walk);
		walkers.deactivate(walker, contact);
		LocalDate longAgo = StockholmTime.today(clock).minusMonths(25);
		jdbc.sql("update walker set inactive_since = :d where id = :id").param("d", longAgo).param("id", walker)
			.update();

		assertThat(anonymisation.run()).isGreaterThanOrEqualTo(1);

		var row = jdbc.sql("select name, phone, email, birth_date, status from walker where id = :id")
			.param("id", walker).query().singleRow();
		assertThat(row.get("status")).isEqualTo("ANONYMISED");
		assertThat(row.get("name")).isNull();
		assertThat(row.get("email")).isNull();
		assertThat(row.get("birth_date")).isNull();
		assertThat(teamSize(walk)).isEqualTo(teamBefore);
		assertThat(jdbc.sql("select count(*) from walk_signup where walker_id = :id").param("id", walker)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from mail_message where walker_id = :id").param("id", walker)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from calendar_feed where walker_id = :id").param("id", walker)
			.query(Long.class).single()).isZero();
		List<String> trail = jdbc.sql("select changes::text from audit_entry where entity_type = 'walker' and entity_id = :id")
			.param("id", String.valueOf(walker)).query(String.class).list();
		assertThat(trail).isNotEmpty().noneMatch(changes -> changes.contains("Ulla") || changes.contains("glomsk"));
	}

	@Test
	void aWalkerRegisteredWithAPersonnummerInTheNameIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		var result = mvc.post().uri("/associations/2/walkers").cookie(new DemoLogins(mvc).session("aik")).with(csrf())
			.param("name", "Per 19800101-1234").param("phone", "070-555 12 34").param("email", "per@exempel.se")
			.param("birthDate", "1980-01-01").param("informedOn", "2025-01-01").exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyText().contains("personnummer");
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("value=\"070-555 12 34\"").contains("value=\"per@exempel.se\"");
	}

	@Test
	void aBirthDateThatIsNotADateIsExplainedNotAServerError() throws Exception {
		var result = mvc.post().uri("/associations/2/walkers").cookie(new DemoLogins(mvc).session("aik")).with(csrf())
			.param("name", "Per Persson").param("birthDate", "31/12/1980").param("informedOn", "2025-01-01")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyText().contains("ÅÅÅÅ-MM-DD");
		assertThat(result.getResponse().getContentAsString()).contains("value=\"31/12/1980\"");
	}

	private long register(String name, String email) {
		Walker walker = walkers.register(2, new WalkerDraft(name, "070-123 45 67", email, LocalDate.of(1985, 5, 5),
				LocalDate.of(2025, 1, 1)), DemoUsers.aikContact(jdbc));
		walkers.recordTraining(walker.requiredId(), new TrainingDraft("Grundutbildning", "Nattvandring.nu",
				LocalDate.of(2024, 1, 1), null), DemoUsers.aikContact(jdbc));
		return walker.requiredId();
	}

	private long teamSize(long walk) {
		return jdbc.sql("select count(*) from walk_signup where walk_id = :w").param("w", walk).query(Long.class)
			.single();
	}
}
