package se.nattvandring.walk.query;

import se.nattvandring.walk.HelpCalled;
import se.nattvandring.walk.ObservationCategory;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.walk.NightLog.Report;

/**
 * A walk night as the phone, the district and the API read it: who was there, where the team went, what it noted
 * in counts, and the report with its deadline. The report's time is shown twice: as the phone declared it, and as the
 * server received it, which is what the deadline is judged on.
 */
public record NightView(@Nullable Instant checkedInAt, @Nullable Instant checkedOutAt, List<Present> present,
		List<VisitView> visits, List<ObservationView> observations, Totals youthContacts, Report report,
		@Nullable Instant reportSubmittedAt, @Nullable Instant reportReceivedAt, Instant reportDueBy,
		boolean reportLate, @Nullable Instant registeredAfterwardsAt, @Nullable String registeredAfterwardsBy,
		boolean overdue) {

	public record Present(long walkerId, String name, boolean unplanned) {
	}

	public record VisitView(long placeId, String place, Instant at) {
	}

	public record ObservationView(ObservationCategory category, @Nullable String place, int under13, int age13to15,
			int age16to17, int adults, List<HelpCalled> helpCalled, @Nullable String note, boolean noteFlagged,
			Instant at) {
	}

	public record Totals(int under13, int age13to15, int age16to17) {

		public int total() {
			return under13 + age13to15 + age16to17;
		}
	}

	public NightView {
		present = List.copyOf(present);
		visits = List.copyOf(visits);
		observations = List.copyOf(observations);
	}

	public @Nullable VisitView lastVisit() {
		return visits.isEmpty() ? null : visits.get(visits.size() - 1);
	}

	/**
	 * What a reader outside the association sees: the team as numbers, and the report's text and the observations'
	 * notes only where {@link se.nattvandring.walk.WalkReaders} says this reader needs them.
	 */
	NightView shownTo(boolean report, boolean notes) {
		List<ObservationView> shownObservations = notes ? observations : observations.stream()
			.map(o -> new ObservationView(o.category(), o.place(), o.under13(), o.age13to15(), o.age16to17(),
					o.adults(), o.helpCalled(), null, false, o.at()))
			.toList();
		return new NightView(checkedInAt, checkedOutAt, anonymousPresent(), visits, shownObservations, youthContacts,
				report ? this.report : new Report(null, null, null, null), reportSubmittedAt, reportReceivedAt,
				reportDueBy, reportLate, registeredAfterwardsAt, registeredAfterwardsBy, overdue);
	}

	private List<Present> anonymousPresent() {
		return present.stream().map(p -> new Present(p.walkerId(), "#" + p.walkerId(), p.unplanned())).toList();
	}
}
