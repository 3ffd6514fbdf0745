package se.nattvandring.volunteer;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A completed course, such as Nattvandring.nu's basic training, confirmed by the foundation or the association's
 * contact. Without {@code validUntil} it does not expire.
 */
@Table("walker_training")
public record Training(String course, String provider, LocalDate completedOn, @Nullable LocalDate validUntil,
		long confirmedByOrganisation, String confirmedBy, Instant confirmedAt) {

	public boolean validOn(LocalDate date) {
		return !date.isBefore(completedOn) && (validUntil == null || !date.isAfter(validUntil));
	}
}
