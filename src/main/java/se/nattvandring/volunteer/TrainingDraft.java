package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A training record as it is entered; who confirms it is the signed-in user. */
public record TrainingDraft(@Nullable String course, @Nullable String provider, @Nullable LocalDate completedOn,
		@Nullable LocalDate validUntil) {
}
