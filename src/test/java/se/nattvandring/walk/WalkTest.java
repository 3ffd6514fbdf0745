package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.NightLog.AgeBands;

/** The walk's life: each step from the right state only, with a reason when it is the wrong one. */
class WalkTest {

	static final WalkTimes TIMES = new WalkTimes(LocalDate.of(2024, 10, 4), LocalTime.of(21, 0), LocalTime.of(1, 0));

	Walk walk;

	Instant now = TIMES.startsAt();

	@BeforeEach
	void planned() {
		walk = Walk.plan(new WalkPlan(1L, 2L, TIMES.date(), TIMES.start(), TIMES.end(), "Älvsjö station",
				List.of(10L, 11L), 7L, 3, 8), TIMES, 3, 8, null, "aik", now);
		ReflectionTestUtils.setField(walk, "id", 99L);
	}

	@Test
	void plannedInProgressCompletedReported() {
		walk.checkIn(Set.of(7L), Set.of(8L), now, now, "aik");
		assertThat(walk.status()).isEqualTo(WalkStatus.IN_PROGRESS);
		assertThat(walk.presentIds()).containsExactlyInAnyOrder(7L, 8L);
		NightEntry<NightLog.Visit> visit = walk.recordVisit(new NightLog.Visit(10L, now.plus(30, ChronoUnit.MINUTES), now));
		NightEntry<NightLog.Observation> observation = walk.recordObservation(NightLog.Observation.of(
				ObservationCategory.POSITIVE_CONTACT, 10L, new AgeBands(0, 3, 1, 0), Set.of(), null, false,
				now.plus(40, ChronoUnit.MINUTES), now));
		walk.checkOut(TIMES.endsAt(), TIMES.endsAt(), "aik");
		assertRefused(() -> walk.recordVisit(new NightLog.Visit(11L, TIMES.endsAt(), TIMES.endsAt())),
				"walk.error.notInProgress");
		assertThat(walk.status()).isEqualTo(WalkStatus.COMPLETED);
		walk.writeReport(new NightLog.Report("Lugnt", null, null, null), TIMES.endsAt());
		walk.submitReport(TIMES.endsAt().plus(1, ChronoUnit.HOURS), TIMES.endsAt(), "aik");

		assertThat(walk.status()).isEqualTo(WalkStatus.REPORTED);
		// Entries are appended beside the walk, each with the event that tells of it, and name the walk they belong to.
		assertThat(visit.walkId()).isEqualTo(99L);
		assertThat(visit.event().changes().get("placeId")).isEqualTo(10L);
		assertThat(observation.value().age13to15()).isEqualTo(3);
		assertThat(observation.event().kind()).isEqualTo("observation");
		assertThat(observation.event().changes().get("youth")).isEqualTo(4);
	}

	@Test
	void onlyAReportedWalkIsDecidedAndAReturnedOneComesBackWhenSubmittedAgain() {
		assertRefused(() -> walk.decide(WalkDecisions.Step.APPROVE, now, "distrikt", false), "walk.error.notReported");
		walk.checkIn(Set.of(7L), Set.of(), now, now, "aik");
		walk.checkOut(TIMES.endsAt(), TIMES.endsAt(), "aik");
		assertRefused(() -> walk.decide(WalkDecisions.Step.REJECT, now, "distrikt", false), "walk.error.notReported");
		walk.writeReport(new NightLog.Report("Lugnt", null, null, null), TIMES.endsAt());
		walk.submitReport(TIMES.endsAt(), TIMES.endsAt(), "aik");

		walk.decide(WalkDecisions.Step.RETURN, TIMES.endsAt(), "distrikt", false);
		assertThat(walk.status()).isEqualTo(WalkStatus.RETURNED);
		assertRefused(() -> walk.decide(WalkDecisions.Step.APPROVE, now, "distrikt", false), "walk.error.notReported");
		walk.submitReport(TIMES.endsAt().plus(1, ChronoUnit.DAYS), TIMES.endsAt(), "aik");
		walk.decide(WalkDecisions.Step.APPROVE, TIMES.endsAt(), "distrikt", true);

		assertThat(walk.status()).isEqualTo(WalkStatus.APPROVED);
		java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(walk, "domainEvents");
		assertThat(events).contains(new WalkEvents.WalkApproved(99L, 1L, 2L, TIMES.endsAt(), "distrikt", true));
		assertRefused(() -> walk.decide(WalkDecisions.Step.REJECT, now, "distrikt", false), "walk.error.notReported");
	}

	@Test
	void noObservationOrVisitBeforeCheckInAndNoReportBeforeCheckOut() {
		assertRefused(() -> walk.recordVisit(new NightLog.Visit(10L, now, now)), "walk.error.notInProgress");
		assertRefused(() -> walk.checkOut(now, now, "aik"), "walk.error.notInProgress");
		assertRefused(() -> walk.writeReport(new NightLog.Report("x", null, null, null), now), "walk.error.noReportYet");
		walk.checkIn(Set.of(7L), Set.of(), now, now, "aik");
		assertRefused(() -> walk.submitReport(now, now, "aik"), "walk.error.noReportYet");
		assertRefused(() -> walk.checkIn(Set.of(7L), Set.of(), now, now, "aik"), "walk.error.checkInNotPlanned");
		assertRefused(() -> walk.signUp(5L, "aik", now), "walk.error.notPlanned");
	}

	@Test
	void checkOutCannotPrecedeCheckInAndAReportNeedsASummaryAndIsSubmittedOnce() {
		walk.checkIn(Set.of(7L), Set.of(), now, now, "aik");
		assertRefused(() -> walk.checkOut(now.minusSeconds(60), now, "aik"), "walk.error.outBeforeIn");
		walk.checkOut(now.plus(4, ChronoUnit.HOURS), now, "aik");
		assertRefused(() -> walk.submitReport(now, now, "aik"), "walk.error.reportNeedsSummary");
		walk.writeReport(new NightLog.Report("Lugnt", null, null, null), now);
		walk.submitReport(now, now, "aik");
		assertRefused(() -> walk.submitReport(now, now, "aik"), "walk.error.noReportYet");
		assertRefused(() -> walk.writeReport(new NightLog.Report("Ändrat", null, null, null), now),
				"walk.error.noReportYet");
	}

	@Test
	void nobodyPresentIsNoCheckInAndACancelledWalkTakesNoTeam() {
		assertRefused(() -> walk.checkIn(Set.of(), Set.of(), now, now, "aik"), "walk.error.nobodyPresent");
		walk.cancel("aik", now);
		assertRefused(() -> walk.signUp(5L, "aik", now), "walk.error.notPlanned");
		assertRefused(() -> walk.checkIn(Set.of(7L), Set.of(), now, now, "aik"), "walk.error.checkInNotPlanned");
	}

	private static void assertRefused(Runnable step, String reason) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleViolationException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(reason));
	}
}
