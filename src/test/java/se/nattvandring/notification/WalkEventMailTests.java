package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries;
import se.nattvandring.walk.WalkEvents;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/**
 * The notification module reacts to the walk module's events through the event publication registry: the row of
 * each publication says it was handled, the mail says what the reaction did, and a reaction that did not finish is
 * resubmitted and done, once.
 */
@IntegrationTest
@EnableScenarios
class WalkEventMailTests {

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	Walkers walkers;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	CurrentUser contact;

	long leader;

	long aWalkWithALeaderWhoHasAnEmailAddress(String email, int daysAhead) {
		contact = DemoUsers.aikContact(jdbc);
		leader = walkers.register(2, new WalkerDraft("Händelse " + email.substring(0, 6), null, email,
				LocalDate.of(1979, 9, 9), LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(leader, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		ZonedDateTime start = clock.instant().plus(daysAhead, ChronoUnit.DAYS).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		return walks.plan(new WalkPlan(2L, 2L, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(2), "Älvsjö station", List.of(), leader, 1, 4), contact).id();
	}

	@Test
	void theAppointedLeaderHearsOfAPlannedWalk() {
		String email = "ledare-" + System.nanoTime() + "@exempel.se";
		long walk = aWalkWithALeaderWhoHasAnEmailAddress(email, 20);

		// Reactions run after the commit, on their own thread.
		await().untilAsserted(() -> assertThat(handled("WalkScheduled", walk)).containsExactly(true));
		assertThat(mails("leader:walk:" + walk + ":%")).containsExactly(email);
	}

	@Test
	void aSubmittedReportTellsThePayingDistrictsCoordinatorsAndARetriedReactionMailsNobodyTwice() {
		long walk = aWalkWithALeaderWhoHasAnEmailAddress("rapport-" + System.nanoTime() + "@exempel.se", 0);
		nights.checkIn(walk, new NightEntries.CheckIn(List.of(leader), null), contact);
		nights.checkOut(walk, new NightEntries.CheckOut(null), contact);
		nights.saveReport(walk, new NightEntries.ReportEntry("Lugnt vid stationen", null, null, null), contact);

		nights.submitReport(walk, new NightEntries.Submit(null), contact);

		await().untilAsserted(() -> assertThat(handled("ReportSubmitted", walk)).containsExactly(true));
		List<String> coordinators = mails("reported:" + walk + ":user:%");
		assertThat(coordinators).isNotEmpty().contains(jdbc.sql(
				"select email from user_account where username = 'distrikt'").query(String.class).single());
		assertThat(handled("ReportSubmitted", walk)).containsExactly(true);

		// As if the app had died inside the reaction: no mail written, the publication left incomplete.
		jdbc.sql("delete from mail_message where dedupe_key like :k").param("k", "reported:" + walk + ":%").update();
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'FAILED'
				where event_type like '%ReportSubmitted' and serialized_event like :walk
				""").param("walk", "%\"walkId\":" + walk + ",%").update();
		assertThat(handled("ReportSubmitted", walk)).containsExactly(false);

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent().toString()
			.contains("walkId=" + walk + ","));

		await().untilAsserted(() -> assertThat(handled("ReportSubmitted", walk)).containsExactly(true));
		assertThat(mails("reported:" + walk + ":user:%")).containsExactlyInAnyOrderElementsOf(coordinators);
	}

	/** Modulith's Scenario: the stimulus in a transaction, then the event the walk module publishes, then its effect. */
	@Test
	void planningPublishesWalkScheduledAndNotificationMailsTheLeader(Scenario scenario) {
		String email = "scenario-" + System.nanoTime() + "@exempel.se";
		long planned = aWalkWithALeaderWhoHasAnEmailAddress(email, 21);
		WalkView first = walks.get(planned, contact);
		AtomicLong walk = new AtomicLong();
		WalkPlan another = new WalkPlan(2L, 2L, first.date().plusDays(1), first.start(), first.end(), "Älvsjö station",
				List.of(), leader, 1, 4);

		scenario.stimulate(() -> walk.set(walks.plan(another, contact).id()))
			.andWaitForEventOfType(WalkEvents.WalkScheduled.class)
			.matching(event -> java.util.Objects.equals(event.teamLeaderId(), leader)
					&& event.date().equals(another.date()))
			.toArriveAndVerify(event -> assertThat(event.walkId()).isEqualTo(walk.get()));

		scenario.stimulate(() -> walk.get())
			.andWaitForStateChange(() -> mails("leader:walk:" + walk.get() + ":%"), mails -> !mails.isEmpty())
			.andVerify(mails -> assertThat(mails).containsExactly(email));
	}

	@Test
	void submittingTheReportPublishesReportSubmittedAndNotificationMailsTheCoordinators(Scenario scenario) {
		long walk = aWalkWithALeaderWhoHasAnEmailAddress("scenario-" + System.nanoTime() + "@exempel.se", 0);
		nights.checkIn(walk, new NightEntries.CheckIn(List.of(leader), null), contact);
		nights.checkOut(walk, new NightEntries.CheckOut(null), contact);
		nights.saveReport(walk, new NightEntries.ReportEntry("Lugnt vid stationen", null, null, null), contact);

		scenario.stimulate(() -> nights.submitReport(walk, new NightEntries.Submit(null), contact))
			.andWaitForEventOfType(WalkEvents.ReportSubmitted.class)
			.matching(event -> event.walkId() == walk)
			.toArriveAndVerify(event -> assertThat(event.by()).isEqualTo("aik"));

		scenario.stimulate(() -> walk)
			.andWaitForStateChange(() -> mails("reported:" + walk + ":user:%"), mails -> !mails.isEmpty())
			.andVerify(mails -> assertThat(mails).contains(jdbc.sql(
					"select email from user_account where username = 'distrikt'").query(String.class).single()));
	}

	private List<String> mails(String key) {
		return jdbc.sql("select recipient from mail_message where dedupe_key like :k order by id").param("k", key)
			.query(String.class).list();
	}

	/** The registry's publications of the event type for the walk: whether each was completed by its listener. */
	private List<Boolean> handled(String eventType, long walk) {
		return jdbc.sql("""
				select completion_date is not null from event_publication
				where event_type like :type and listener_id like '%WalkEventMail%' and serialized_event like :walk
				""").param("type", "%" + eventType).param("walk", "%\"walkId\":" + walk + ",%")
			.query(Boolean.class).list();
	}
}
