package se.nattvandring.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.ReplayClock;
import se.nattvandring.walk.HelpCalled;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;
import se.nattvandring.walk.NightEntries.ContactEntry;
import se.nattvandring.walk.NightEntries.ObservationEntry;
import se.nattvandring.walk.NightEntries.ReportEntry;
import se.nattvandring.walk.NightEntries.Submit;
import se.nattvandring.walk.NightEntries.VisitEntry;
import se.nattvandring.walk.NightEntries.Youth;
import se.nattvandring.walk.ObservationCategory;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/**
 * The seed season's nights, recorded as a team would have recorded them: attendance, visits along the route (now and
 * then a place left out), observations and youth contacts that vary with the season (more young people out in spring
 * and summer, more at Halloween and Valborg), check-out and a submitted report. Seeded per walk, so the demo is the
 * same every time.
 */
@Component
class DemoWalkNights {

	private static final String[] SUMMARIES = { "Lugn kväll. Vi pratade med flera grupper vid stationen.",
			"Mycket folk ute efter matchen; stämningen var god.", "Kallt och få unga ute. Vi gick hela rutten.",
			"Några unga hade druckit; vi pratade med dem och de gick hem.",
			"Fältassistenterna mötte oss vid centrum och vi gick en sträcka tillsammans." };

	private static final String[] FOLLOW_UPS = { "Belysningen vid gångbron är trasig igen.",
			"Glaskross på skolgården; meddelat fastighetsägaren.", "", "Klotter i gångtunneln.", "" };

	/** About one walk in thirty is called off beforehand, for a storm or too few walkers, as seasons have them. */
	private static final int CALLED_OFF_ONE_IN = 30;

	private final WalkNights nights;

	private final Walks walks;

	private final ReplayClock clock;

	DemoWalkNights(WalkNights nights, Walks walks, ReplayClock clock) {
		this.nights = nights;
		this.walks = walks;
		this.clock = clock;
	}

	/** @param helpers eligible walkers of the association who may turn up besides the planned leader */
	/** The team checked in and out of the walk on time, and nobody has written its report yet. */
	void walkedNotReported(WalkView walk, CurrentUser contact) {
		List<Long> present = walk.team().stream().map(WalkView.Member::walkerId).toList();
		try (var night = clock.replayAt(walk.startsAt())) {
			nights.checkIn(walk.id(), new CheckIn(present, walk.startsAt()), contact);
		}
		try (var out = clock.replayAt(walk.endsAt())) {
			nights.checkOut(walk.id(), new CheckOut(walk.endsAt()), contact);
		}
	}

	void record(List<WalkView> history, List<Long> helpers, CurrentUser contact) {
		for (WalkView walk : history) {
			if (new Random(walk.id() * 1_000_003L).nextInt(CALLED_OFF_ONE_IN) == 0) {
				walks.cancel(walk.id(), contact);
				continue;
			}
			Random random = new Random(walk.id());
			// A stream of its own, so that a place left out takes nothing from the rest of the night's randomness.
			Random leftOut = new Random(-walk.id());
			List<Long> present = new ArrayList<>(walk.team().stream().map(WalkView.Member::walkerId).toList());
			while (present.size() < 3 + random.nextInt(2)) {
				long helper = helpers.get(random.nextInt(helpers.size()));
				if (!present.contains(helper)) {
					present.add(helper);
				}
			}
			Instant start = walk.startsAt().plus(random.nextInt(10), ChronoUnit.MINUTES);
			// Each entry reaches the server the moment it is made, as on a phone that night.
			try (var night = clock.replayAt(start)) {
				nights.checkIn(walk.id(), new CheckIn(present, start), contact);
			}
			int season = seasonalCrowd(walk);
			Instant at = start;
			for (WalkView.Stop stop : walk.route()) {
				at = at.plus(25 + random.nextInt(20), ChronoUnit.MINUTES);
				if (at.isAfter(walk.endsAt())) {
					break;
				}
				if (leftOut.nextInt(12) == 0) {
					continue; // the team did not get there that night, as the place coverage will show
				}
				try (var visit = clock.replayAt(at)) {
					nights.visit(walk.id(), new VisitEntry(stop.placeId(), at), contact);
				}
				if (random.nextInt(10) < 4 + season) {
					observe(walk, stop, at, random, season, contact);
				}
			}
			int talks = random.nextInt(3 + season * 2);
			if (talks > 0) {
				try (var talk = clock.replayAt(at)) {
					nights.youthContacts(walk.id(), new ContactEntry(new Youth(random.nextInt(2), talks,
							random.nextInt(talks + 1), null), at), contact);
				}
			}
			Instant end = walk.endsAt().minus(random.nextInt(15), ChronoUnit.MINUTES);
			try (var out = clock.replayAt(end)) {
				nights.checkOut(walk.id(), new CheckOut(end), contact);
			}
			Instant reported = end.plus(10 + random.nextInt(30), ChronoUnit.HOURS);
			try (var report = clock.replayAt(reported)) {
				nights.saveReport(walk.id(), new ReportEntry(SUMMARIES[random.nextInt(SUMMARIES.length)],
						"Bra samarbete i laget.", blank(FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)]), null),
						contact);
				nights.submitReport(walk.id(), new Submit(reported), contact);
			}
		}
	}

	private void observe(WalkView walk, WalkView.Stop stop, Instant at, Random random, int season,
			CurrentUser contact) {
		ObservationCategory[] kinds = ObservationCategory.values();
		ObservationCategory category = random.nextInt(3) == 0 ? kinds[random.nextInt(kinds.length)]
				: ObservationCategory.YOUTH_GATHERING;
		int crowd = 2 + random.nextInt(4 + season * 4);
		List<HelpCalled> help = category == ObservationCategory.CONFLICT_OR_VIOLENCE ? List.of(HelpCalled.POLICE)
				: category == ObservationCategory.DRUGS ? List.of(HelpCalled.FIELD_ASSISTANTS) : List.of();
		Youth seen = new Youth(random.nextInt(2), crowd / 2, crowd - crowd / 2, random.nextInt(2));
		// A broken lamp or a sprayed wall is found with nobody there, so the child impact counts no young people.
		boolean nobodyThere = category == ObservationCategory.UNSAFE_ENVIRONMENT
				|| category == ObservationCategory.VANDALISM;
		Instant observed = at.plus(5, ChronoUnit.MINUTES);
		try (var seenThen = clock.replayAt(observed)) {
			nights.observe(walk.id(), new ObservationEntry(category, stop.placeId(),
					nobodyThere ? new Youth(0, 0, 0, 0) : seen, help, note(walk, stop), observed), contact);
		}
	}

	/** Short notes about places and groups, never about a person; a stream of their own leaves the rest unchanged. */
	private static final String[] NOTES = { "Lugnt, gruppen gick vidare mot centrum.",
			"Trasig belysning vid gångtunneln, anmält till fältassistenterna.", "Klotter på väggen mot skolgården.",
			"Större grupp än vanligt efter matchen." };

	private static @org.jspecify.annotations.Nullable String note(WalkView walk, WalkView.Stop stop) {
		Random notes = new Random(walk.id() * 31 + stop.placeId());
		return notes.nextInt(4) == 0 ? NOTES[notes.nextInt(NOTES.length)] : null;
	}

	/** 0 in the dark winter months, 1 in spring and autumn, 2 in summer and on the big nights. */
	private static int seasonalCrowd(WalkView walk) {
		int month = walk.date().getMonthValue();
		boolean bigNight = walk.date().getMonthValue() == 10 && walk.date().getDayOfMonth() >= 25
				|| walk.date().getMonthValue() == 4 && walk.date().getDayOfMonth() >= 25;
		if (bigNight || month >= 6 && month <= 8) {
			return 2;
		}
		return month == 12 || month <= 2 ? 0 : 1;
	}

	private static @org.jspecify.annotations.Nullable String blank(String text) {
		return text.isEmpty() ? null : text;
	}
}
