package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.walk.query.WalkNightReader;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;

/**
 * The report deadline is counted from the check-out, on the contact's start page as on the night page. A walk that
 * ended at 23:00 but was checked out at 00:30 is due a day later than its planned end says; on that day neither
 * place may call it late.
 */
@IntegrationTest
class ReportDeadlineTests {

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	Walkers walkers;

	@Autowired
	Agreements agreements;

	@Autowired
	TonightOverview overview;

	@Autowired
	WalkNightReader reader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aWalkCheckedOutAfterMidnightIsDueADayLaterOnTheStartPageAndTheNightPageAlike() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		CompletionCriteria criteria = agreements.document(2, contact).criteria();
		long leader = walkers.register(2, new WalkerDraft("Midnatt Sen", null, null, LocalDate.of(1971, 1, 1),
				LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		LocalDate today = StockholmTime.today(clock);
		// The planned end's deadline passed at midnight; the check-out's runs until tonight's.
		LocalDate walked = today.minusDays(criteria.reportDeadlineDays() + 1L);
		WalkView walk = walks.plan(new WalkPlan(2L, 2L, walked, LocalTime.of(20, 0), LocalTime.of(23, 0),
				"Älvsjö station", List.of(), leader, 1, 4, true), contact);
		ZonedDateTime out = walked.plusDays(1).atTime(0, 30).atZone(StockholmTime.ZONE);
		nights.checkIn(walk.id(), new CheckIn(List.of(leader), walk.startsAt()), contact);
		nights.checkOut(walk.id(), new CheckOut(out.toInstant()), contact);

		assertThat(criteria.reportDueBy(walk.endsAt())).isBeforeOrEqualTo(clock.instant());
		assertThat(criteria.reportDueBy(out.toInstant())).isAfter(clock.instant());
		List<Long> late = overview.lateReports(contact, agreement -> agreements.document(agreement, contact))
			.stream().map(WalkView::id).toList();
		var night = reader.document(walk.id(), contact).night();

		assertThat(late).as("the start page's late reports").doesNotContain(walk.id());
		assertThat(night.reportLate()).as("the night page").isFalse();
		assertThat(night.reportDueBy()).isEqualTo(criteria.reportDueBy(out.toInstant()));

		nights.saveReport(walk.id(), new NightEntries.ReportEntry("Lugnt", null, null, null), contact);
		nights.submitReport(walk.id(), new NightEntries.Submit(null), contact);
	}
}
