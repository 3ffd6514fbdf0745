package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries.CheckIn;

/** When a walk counts as overdue, on a fixed clock: a minute before the hour after its end, and a minute after. */
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
	NightQueries nightQueries;

	@Autowired
	WalkRepository repository;

	@Autowired
	WalkNightReader reader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWalkIsOverdueOnlyAnHourAfterItsPlannedEnd() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long leader = walkers.register(2, new WalkerDraft("Klockan Fast", null, null, LocalDate.of(1966, 6, 6),
				LocalDate.of(2024, 8, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		WalkView walk = walks.plan(new WalkPlan(1L, 2L, LocalDate.of(2025, 6, 10), LocalTime.of(19, 0),
				LocalTime.of(22, 0), "Älvsjö station", List.of(), leader, 1, 4), contact);
		nights.checkIn(walk.id(), new CheckIn(List.of(leader), walk.startsAt()), contact);

		assertThat(overviewAt(walk.endsAt().plus(Duration.ofMinutes(59))).overdueUnalerted())
			.extracting(WalkView::id).doesNotContain(walk.id());
		assertThat(overviewAt(walk.endsAt().plus(Duration.ofMinutes(61))).overdueUnalerted())
			.extracting(WalkView::id).contains(walk.id());
		assertThat(overviewAt(walk.endsAt().plus(Duration.ofMinutes(61))).overdueOf(2))
			.extracting(WalkView::id).contains(walk.id());
	}

	private TonightOverview overviewAt(java.time.Instant instant) {
		return new TonightOverview(walks, queries, nightQueries, repository, reader,
				Clock.fixed(instant, ZoneOffset.UTC));
	}
}
