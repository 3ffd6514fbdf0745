package se.nattvandring.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What happened on one walk, as {@link CompletionCriteria#evaluate} needs it: who was present with their age and
 * training on the walk date, the real start and end, and when the report was submitted (null while it is not).
 */
public record WalkFacts(LocalDate walkDate, List<Walker> present, Instant start, Instant end,
		@Nullable Instant reportSubmittedAt) {

	/** A present walker, reduced to the two facts the criteria ask about. */
	public record Walker(long walkerId, int ageOnWalkDate, boolean trainedOnWalkDate) {
	}

	public WalkFacts {
		present = List.copyOf(present);
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A walk cannot end before it starts");
		}
	}
}
