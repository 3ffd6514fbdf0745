package se.nattvandring.walk;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.agreement.WalkFacts;

/**
 * The entries of a walk night, each with the moment it happened on the phone ({@code at}) and the moment the server
 * received it. Young people appear only as counts per age band.
 */
public final class NightLog {

	private NightLog() {
	}

	/**
	 * A walker who was there: signed up, or turned up unplanned and was eligible; with their age and training on the
	 * walk's date as the night recorded them (null in rows from before these were kept).
	 */
	@Table("walk_attendance")
	public record Attendance(long walkerId, boolean unplanned, @Nullable Integer ageOnDate,
			@Nullable Boolean trainedOnDate) {

		Attendance(long walkerId, boolean unplanned) {
			this(walkerId, unplanned, null, null);
		}

		Attendance on(WalkFacts.Walker facts) {
			return new Attendance(walkerId, unplanned, facts.ageOnWalkDate(), facts.trainedOnWalkDate());
		}

		WalkFacts.@Nullable Walker facts() {
			return ageOnDate == null || trainedOnDate == null ? null
					: new WalkFacts.Walker(walkerId, ageOnDate, trainedOnDate);
		}
	}

	public record Visit(long placeId, Instant visitedAt, Instant receivedAt) {
	}

	/** Young people by age band, and adults, as counts only. */
	public record AgeBands(int under13, int age13to15, int age16to17, int adults) {

		public AgeBands {
			if (under13 < 0 || age13to15 < 0 || age16to17 < 0 || adults < 0) {
				throw new IllegalArgumentException("Counts cannot be negative");
			}
		}

		public int youth() {
			return under13 + age13to15 + age16to17;
		}
	}

	public record Observation(ObservationCategory category, @Nullable Long placeId, int under13, int age13to15,
			int age16to17, int adults, String helpCalled, @Nullable String note, boolean noteFlagged,
			Instant observedAt, Instant receivedAt) {

		static Observation of(ObservationCategory category, @Nullable Long placeId, AgeBands people,
				Set<HelpCalled> help, @Nullable String note, boolean flagged, Instant at, Instant received) {
			String called = help.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
			return new Observation(category, placeId, people.under13(), people.age13to15(), people.age16to17(),
					people.adults(), called, note, flagged, at, received);
		}

		public Set<HelpCalled> help() {
			return helpCalled.isEmpty() ? Set.of() : Arrays.stream(helpCalled.split(",")).map(HelpCalled::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(HelpCalled.class)));
		}
	}

	/** Conversations with young people, counted by age band. */
	public record YouthContact(int under13, int age13to15, int age16to17, Instant contactedAt, Instant receivedAt) {
	}

	/** The team leader's debrief. */
	public record Report(@Nullable String summary, @Nullable String wentWell, @Nullable String followUp,
			@Nullable String placeSuggestions) {
	}
}
