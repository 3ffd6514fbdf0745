package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.JobLock;
import se.nattvandring.walk.query.WalkQueries;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;

/**
 * When a walk counts as overdue, on the boundary: the Java rule and the SQL filter give the same answer a minute
 * before, exactly at, a second after and a minute after the hour past its planned end. The walk module marks an
 * overdue walk once, and tells the rest by an event. The walk is checked out at the end, so nothing is left behind.
 */
@IntegrationTest
class OverdueRuleTests {

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	Walkers walkers;

	@Autowired
	WalkQueries queries;

	@Autowired
	WalkRepository repository;

	@Autowired
	OverdueRule rule;

	@Autowired
	JobLock lock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void javaAndSqlAgreeOnTheBoundaryAndTheWatchMarksAnOverdueWalkOnceWithAnEvent() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long leader = walkers.register(2, new WalkerDraft("Klockan Fast", null, null, LocalDate.of(1966, 6, 6),
				LocalDate.of(2024, 8, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		WalkView walk = walks.plan(new WalkPlan(1L, 2L, LocalDate.of(2025, 6, 10), LocalTime.of(19, 0),
				LocalTime.of(22, 0), "Älvsjö station", List.of(), leader, 1, 4, true), contact);
		nights.checkIn(walk.id(), new CheckIn(List.of(leader), walk.startsAt()), contact);

		for (Duration past : List.of(Duration.ofMinutes(59), Duration.ofMinutes(60),
				Duration.ofMinutes(60).plusSeconds(1), Duration.ofMinutes(61))) {
			Instant now = walk.endsAt().plus(past);
			boolean java = rule.isOverdue(WalkStatus.IN_PROGRESS, walk.endsAt(), now);
			boolean sql = queries.inProgressEndedBefore(rule.endedBefore(now), false, 2L).stream()
				.anyMatch(w -> w.id() == walk.id());
			assertThat(sql).as("SQL %s after the end", past).isEqualTo(java);
			assertThat(java).as("%s after the end", past).isEqualTo(past.compareTo(Duration.ofMinutes(60)) > 0);
		}

		OverdueWatch early = watchAt(walk.endsAt().plus(Duration.ofMinutes(59)));
		OverdueWatch late = watchAt(walk.endsAt().plus(Duration.ofMinutes(61)));
		early.run();
		assertThat(markedAt(walk.id())).isNull();
		assertThat(late.run()).isPositive();
		assertThat(markedAt(walk.id())).isNotNull();
		await().untilAsserted(() -> assertThat(publications(walk.id())).as("one WalkOverdue published and handled")
			.containsExactly(true));
		late.run();
		assertThat(publications(walk.id())).as("and only once").containsExactly(true);

		nights.checkOut(walk.id(), new CheckOut(walk.endsAt().plus(Duration.ofMinutes(90))), contact);
	}

	private OverdueWatch watchAt(Instant instant) {
		return new OverdueWatch(queries, repository, rule, lock, transactions, Clock.fixed(instant, ZoneOffset.UTC));
	}

	private Instant markedAt(long walk) {
		return jdbc.sql("select overdue_alerted_at from walk where id = :id").param("id", walk)
			.query(Instant.class).optional().orElse(null);
	}

	/** The registry's publications of WalkOverdue for the walk: whether each was completed by its listener. */
	private List<Boolean> publications(long walk) {
		return jdbc.sql("""
				select completion_date is not null from event_publication
				where event_type like '%WalkOverdue' and listener_id like '%WalkEventMail%' and serialized_event like :walk
				""").param("walk", "%\"walkId\":" + walk + ",%").query(Boolean.class).list();
	}
}
