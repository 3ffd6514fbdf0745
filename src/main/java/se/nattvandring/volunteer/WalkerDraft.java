package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A walker as the association's contact registers them. The birth date is the least that tells the walker's age on
 * any walk date, which every agreement's minimum age asks; a personnummer is refused.
 */
public record WalkerDraft(@Nullable String name, @Nullable String phone, @Nullable String email,
		@Nullable LocalDate birthDate, @Nullable LocalDate informedOn) {
}
