package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.nattvandring.agreement.AgreementTerms;
import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.walk.NightEntries;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;
import se.nattvandring.walk.WalkPlan;

/**
 * A season under an agreement with rules of its own, for Älvsjö AIK in 2026. Each night is recorded as the server
 * would have seen it that night: the clock is replayed on the test's thread, so receipt times and deadlines are real.
 * Made anew for each test, as its walkers are the test's own.
 */
class SeasonOfOwnRules {

	static final long AIK = NightTestWorld.AIK;

	static final LocalDate TERM_START = LocalDate.of(2026, 1, 1);

	static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

	/** The modules a season is made through. */
	private final Seasons modules;

	/** The most walkers one team of the season has. */
	static final int TEAM_SIZE = 6;

	private final List<Long> walkers = new ArrayList<>();

	SeasonOfOwnRules(Seasons modules) {
		this.modules = modules;
	}

	/** An agreement for AIK with this compensation, two walkers aged 20 or more, 19:00–01:00, a week to report. */
	long agreement(CompensationTerms compensation) {
		String caseNumber = "HÄ 2026/" + UUID.randomUUID().toString().substring(0, 8);
		CurrentUser coordinator = modules.world.coordinator();
		return modules.agreements.create(new AgreementTerms("Test " + caseNumber, caseNumber, TERM_START, "Fruängen", null,
				TERM_START, TERM_END, null, List.of(),
				List.of(new PartyTerms(coordinator.organisationId(), PartyRole.PRINCIPAL),
						new PartyTerms(AIK, PartyRole.ASSOCIATION)),
				compensation, new CriteriaTerms(2, 20, false, LocalTime.of(19, 0), LocalTime.of(1, 0), 120, 7), null),
				coordinator).requiredId();
	}

	static CompensationTerms rate(String unit, String rate) {
		return new CompensationTerms(se.nattvandring.agreement.CompensationUnit.valueOf(unit), new BigDecimal(rate),
				null, null, se.nattvandring.agreement.PaymentCadence.MONTHLY);
	}

	/** A walk on that evening, 19:30–22:50, walked by this many, reported the next morning; not yet decided. */
	long reportedWalk(long agreement, LocalDate date, int present) {
		return reportedWalk(agreement, date, present, Duration.ofHours(10));
	}

	long reportedWalk(long agreement, LocalDate date, int present, Duration reportedAfterTheEnd) {
		return reportedWalk(agreement, date, present, reportedAfterTheEnd, 0);
	}

	/**
	 * @param team which of the season's teams walks, so that two walks of one evening have walkers of their own: a
	 *     walker is never on two walks at once
	 */
	long reportedWalk(long agreement, LocalDate date, int present, Duration reportedAfterTheEnd, int team) {
		long walk = checkedOutWalk(agreement, date, present, team);
		Instant end = modules.world.endsAt(walk);
		Instant reported = end.plus(reportedAfterTheEnd);
		try (var morning = modules.clock.replayAt(reported)) {
			modules.nights.saveReport(walk, new NightEntries.ReportEntry("Lugn kväll", null, null, null), modules.world.contactOf(AIK));
			// The phone says it sent the report the next morning, or when it did if that was earlier.
			Duration declared = reportedAfterTheEnd.compareTo(Duration.ofHours(10)) < 0 ? reportedAfterTheEnd
					: Duration.ofHours(10);
			modules.nights.submitReport(walk, new NightEntries.Submit(end.plus(declared)), modules.world.contactOf(AIK));
		}
		return walk;
	}

	/** A walk walked and checked out that night, its report not yet written. */
	long checkedOutWalk(long agreement, LocalDate date, int present, int team) {
		List<Long> walkers = team(team, present);
		CurrentUser contact = modules.world.contactOf(AIK);
		long walk;
		try (var planned = modules.clock.replayAt(date.minusDays(7).atStartOfDay(se.nattvandring.shared.StockholmTime.ZONE)
			.toInstant())) {
			walk = modules.walks.plan(new WalkPlan(agreement, AIK, date, LocalTime.of(19, 30), LocalTime.of(22, 50),
					"Älvsjö station", List.of(), walkers.get(0), 1, 8), contact).id();
		}
		Instant start = modules.world.startsAt(walk);
		Instant end = modules.world.endsAt(walk);
		try (var night = modules.clock.replayAt(start)) {
			modules.nights.checkIn(walk, new NightEntries.CheckIn(walkers.subList(0, present), start), contact);
		}
		try (var night = modules.clock.replayAt(end)) {
			modules.nights.checkOut(walk, new NightEntries.CheckOut(end), contact);
		}
		return walk;
	}

	private List<Long> team(int number, int present) {
		while (walkers.size() < (number + 1) * TEAM_SIZE) {
			walkers.add(modules.world.recruit(AIK));
		}
		return walkers.subList(number * TEAM_SIZE, number * TEAM_SIZE + present);
	}

	/** The same, approved by the district the day after it was reported. */
	long approvedWalk(long agreement, LocalDate date, int present) {
		long walk = reportedWalk(agreement, date, present);
		approve(walk);
		return walk;
	}

	/** The district returns the report the day after it came, and the team sends it again the day after that. */
	void returnAndResubmit(long walk) {
		Instant end = modules.world.endsAt(walk);
		try (var returned = modules.clock.replayAt(end.plus(Duration.ofDays(1)))) {
			modules.decisions.decide(walk, new Decision(Step.RETURN, "Komplettera med platserna", false), modules.world.coordinator());
		}
		try (var again = modules.clock.replayAt(end.plus(Duration.ofDays(2)))) {
			modules.world.resubmit(walk);
		}
	}

	void reject(long walk) {
		modules.decisions.decide(walk, new Decision(Step.REJECT, "Utanför området", false), modules.world.coordinator());
	}

	void approve(long walk) {
		modules.decisions.decide(walk, new Decision(Step.APPROVE, null, false), modules.world.coordinator());
	}
}
