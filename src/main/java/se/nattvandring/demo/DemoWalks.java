package se.nattvandring.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.SeriesPlan;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/**
 * The demo's walks, planned the way the associations plan them: Älvsjö AIK on Fridays from Älvsjö station,
 * Södra Folkparken on Saturdays from Solberga torg. The seed season is history; this season's walks lie ahead, some
 * well staffed, some short of walkers, and the demo walker is on the next few.
 */
@Component
class DemoWalks {

	/** Positions in {@link DemoPlaces#FIRST_PLAN} that each association's route visits. */
	static final List<Integer> AIK_ROUTE = List.of(0, 1, 2, 5, 6);

	static final List<Integer> FOLKPARKEN_ROUTE = List.of(3, 4, 10, 11);

	/** Positions in the walker lists of those who may walk: trained, and 18 or older. */
	private static final List<Integer> ELIGIBLE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13);

	private final Walks walks;

	private final TeamSignUps signUps;

	private final se.nattvandring.shared.ReplayClock clock;

	DemoWalks(Walks walks, TeamSignUps signUps, se.nattvandring.shared.ReplayClock clock) {
		this.walks = walks;
		this.signUps = signUps;
		this.clock = clock;
	}

	/** The association's walkers who may walk, as ids. */
	static List<Long> eligible(List<Long> walkers) {
		return ELIGIBLE.stream().map(walkers::get).toList();
	}

	/** Every Friday and Saturday of the seed agreement, September 2024 through the extension to the end of 2025. */
	void history(Agreement seed, List<Long> places, long aik, List<Long> aikWalkers, long folkparken,
			List<Long> folkparkenWalkers, CurrentUser aikContact, CurrentUser folkparkenContact) {
		LocalDate last = LocalDate.of(2025, 12, 31);
		// The season was planned before it began, as the associations plan theirs.
		try (var planning = clock.replayAt(seed.period().start().minusWeeks(2).atStartOfDay(
				se.nattvandring.shared.StockholmTime.ZONE).toInstant())) {
			planHistory(seed, places, aik, aikWalkers, folkparken, folkparkenWalkers, aikContact, folkparkenContact,
					last);
		}
	}

	private void planHistory(Agreement seed, List<Long> places, long aik, List<Long> aikWalkers, long folkparken,
			List<Long> folkparkenWalkers, CurrentUser aikContact, CurrentUser folkparkenContact, LocalDate last) {
		walks.planSeries(series(seed, aik, seed.period().start(), last, DayOfWeek.FRIDAY, LocalTime.of(21, 0),
				LocalTime.of(1, 0), "Älvsjö station, vid pendeltågsentrén", route(places, AIK_ROUTE),
				aikWalkers.get(1)), aikContact);
		walks.planSeries(series(seed, folkparken, seed.period().start(), last, DayOfWeek.SATURDAY,
				LocalTime.of(20, 30), LocalTime.of(0, 30), "Solberga torg, vid busshållplatsen",
				route(places, FOLKPARKEN_ROUTE), folkparkenWalkers.get(0)), folkparkenContact);
	}

	/**
	 * This season's walks from today to the agreement's end, with teams for the next weeks: two of every three walks
	 * fully staffed, the second short of walkers, so that the next two weeks show one; the demo walker signed up to
	 * the next three of AIK's.
	 */
	void upcoming(Agreement current, List<Long> places, long aik, List<Long> aikWalkers, long folkparken,
			List<Long> folkparkenWalkers, CurrentUser aikContact, CurrentUser folkparkenContact, LocalDate today) {
		LocalDate first = today.isAfter(current.period().start()) ? today : current.period().start();
		LocalDate last = current.period().end();
		if (last.isBefore(first)) {
			return;
		}
		List<Long> aikWalks = walks.planSeries(series(current, aik, first, last, DayOfWeek.FRIDAY, LocalTime.of(21, 0),
				LocalTime.of(1, 0), "Älvsjö station, vid pendeltågsentrén", route(places, AIK_ROUTE), null),
				aikContact);
		List<Long> folkparkenWalks = walks.planSeries(series(current, folkparken, first, last, DayOfWeek.SATURDAY,
				LocalTime.of(20, 30), LocalTime.of(0, 30), "Solberga torg, vid busshållplatsen",
				route(places, FOLKPARKEN_ROUTE), null), folkparkenContact);
		tonight(current, places, aik, aikWalkers, aikContact);
		staff(aikWalks, aikWalkers, aikContact, true);
		staff(folkparkenWalks, folkparkenWalkers, folkparkenContact, false);
	}

	/**
	 * An AIK walk two evenings ago, planned the week before it: the team walked it and checked out, and its report is
	 * still to be sent, so the contact's start page has a night to report with its deadline.
	 */
	@Nullable
	WalkView walkedTwoEveningsAgo(Agreement current, List<Long> places, long aik, List<Long> aikWalkers,
			CurrentUser contact) {
		LocalDate walked = se.nattvandring.shared.StockholmTime.today(clock).minusDays(2);
		if (!current.period().contains(walked)) {
			return null;
		}
		try (var planning = clock.replayAt(walked.minusWeeks(1).atStartOfDay(se.nattvandring.shared.StockholmTime.ZONE)
			.toInstant())) {
			WalkView walk = walks.plan(new WalkPlan(current.requiredId(), aik, walked, LocalTime.of(20, 0),
					LocalTime.of(23, 0), "Älvsjö centrum, vid biblioteket", route(places, AIK_ROUTE), aikWalkers.get(2),
					null, null), contact);
			assign(walk.id(), aikWalkers.get(3), contact);
			assign(walk.id(), aikWalkers.get(4), contact);
			return walks.get(walk.id(), contact);
		}
	}

	/** A walk starting half an hour after the demo's first start, led by the demo walker, to try the phone view. */
	private void tonight(Agreement current, List<Long> places, long aik, List<Long> aikWalkers, CurrentUser contact) {
		java.time.ZonedDateTime start = clock.instant().plus(java.time.Duration.ofMinutes(30))
			.atZone(se.nattvandring.shared.StockholmTime.ZONE).truncatedTo(java.time.temporal.ChronoUnit.HOURS)
			.plusMinutes(30);
		if (!current.period().contains(start.toLocalDate())) {
			return;
		}
		WalkView walk = walks.plan(new WalkPlan(current.requiredId(), aik, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(4), "Älvsjö station, vid pendeltågsentrén", route(places, AIK_ROUTE),
				aikWalkers.get(0), null, null), contact);
		assign(walk.id(), aikWalkers.get(2), contact);
		assign(walk.id(), aikWalkers.get(3), contact);
	}

	private void staff(List<Long> walkIds, List<Long> walkers, CurrentUser contact, boolean withDemoWalker) {
		for (int i = 0; i < Math.min(6, walkIds.size()); i++) {
			int size = i % 3 == 1 ? 1 : 3 + i % 2;
			for (int k = 0; k < size; k++) {
				int position = withDemoWalker && i < 3 && k == 0 ? 0 : ELIGIBLE.get(1 + (i * 3 + k) % (ELIGIBLE.size() - 1));
				assign(walkIds.get(i), walkers.get(position), contact);
			}
		}
	}

	private void assign(long walkId, long walkerId, CurrentUser contact) {
		try {
			WalkView walk = signUps.signUp(walkId, walkerId, contact);
			if (walk.teamLeaderId() == null) {
				signUps.appointLeader(walkId, walkerId, contact);
			}
		}
		catch (RuleViolationException alreadyOrStarted) {
			// A walk starting within minutes of the demo's first start takes no more walkers; the demo goes on.
		}
	}

	private static SeriesPlan series(Agreement agreement, long association, LocalDate first, LocalDate last,
			DayOfWeek day, LocalTime start, LocalTime end, String meetingPoint, List<Long> route, @Nullable Long leader) {
		return new SeriesPlan(agreement.requiredId(), association, first, last, Set.of(day), List.of(), start, end,
				meetingPoint, route, leader, null, null);
	}

	private static List<Long> route(List<Long> places, List<Integer> positions) {
		return positions.stream().map(places::get).toList();
	}
}
