package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.Walks;

/** A walk not checked out an hour after its end: the leader and the contacts are told once, and the app shows it. */
@IntegrationTest
class OverdueAlertTests {

	@Autowired
	se.nattvandring.walk.OverdueWatch watch;

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	Walkers walkers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	@Test
	void theLeaderAndTheContactAreAlertedOnceAndTheStartPageShowsIt() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long leader = walkers.register(2, new WalkerDraft("Sena Kvällsson", null, "sena.kvallsson@exempel.se",
				LocalDate.of(1977, 7, 7), LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		ZonedDateTime start = clock.instant().minus(5, ChronoUnit.HOURS).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		long walk = walks.plan(new WalkPlan(2L, 2L, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(3), "Älvsjö station", List.of(), leader, 1, 4), contact).id();
		nights.checkIn(walk, new CheckIn(List.of(leader), start.plusMinutes(5).toInstant()), contact);

		// The walk module marks it overdue; this module mails on the event, once.
		assertThat(watch.run()).isGreaterThanOrEqualTo(1);
		assertThat(watch.run()).isZero();

		await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from mail_message where dedupe_key like :k")
			.param("k", "overdue:" + walk + ":%").query(Long.class).single()).isEqualTo(2));
		List<String> recipients = jdbc.sql("select recipient from mail_message where dedupe_key like :k order by id")
			.param("k", "overdue:" + walk + ":%").query(String.class).list();
		assertThat(recipients).containsExactlyInAnyOrder("sena.kvallsson@exempel.se", "maria.holm@exempel.se");
		assertThat(jdbc.sql("select overdue_alerted_at is not null from walk where id = :w").param("w", walk)
			.query(Boolean.class).single()).isTrue();
		assertThat(mvc.get().uri("/").cookie(new DemoLogins(mvc).session("aik")).exchange()).bodyText()
			.contains("Inte utcheckade");
		assertThat(mvc.get().uri("/walks/tonight").cookie(new DemoLogins(mvc).session("distrikt")).exchange())
			.hasStatusOk().bodyText().contains("Inte utcheckad – försenad");
		nights.checkOut(walk, new se.nattvandring.walk.NightEntries.CheckOut(null), contact);
	}

	@Test
	void aReportPastTheDeadlineIsFlaggedToTheContact() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long leader = walkers.register(2, new WalkerDraft("Sen Rapportsson", null, null, LocalDate.of(1970, 1, 9),
				LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		ZonedDateTime start = clock.instant().minus(10, ChronoUnit.DAYS).atZone(StockholmTime.ZONE)
			.withHour(19).withMinute(0).truncatedTo(ChronoUnit.MINUTES);
		long walk = walks.plan(new WalkPlan(2L, 2L, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(4), "Älvsjö station", List.of(), leader, 1, 4, true), contact).id();
		nights.checkIn(walk, new CheckIn(List.of(leader), start.toInstant()), contact);
		nights.checkOut(walk, new se.nattvandring.walk.NightEntries.CheckOut(start.plusHours(4).toInstant()), contact);

		assertThat(mvc.get().uri("/").cookie(new DemoLogins(mvc).session("aik")).exchange()).bodyText()
			.contains("Kvällar att rapportera").contains("försenad, skulle ha rapporterats senast")
			.contains("href=\"/walks/" + walk + "/night\"");
	}
}
