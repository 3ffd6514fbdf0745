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

	/**
	 * The same rule as {@link #validOn} for SQL, on a {@code walker_training t} and a {@code :date} parameter;
	 * {@code TrainingAndAgeRulesTests} holds the two to the same answer on the boundary days.
	 */
	static final String VALID_ON_DATE_SQL = "t.completed_on <= :date and (t.valid_until is null or t.valid_until >= :date)";

	/** Valid from the day the course was completed through the last day of its validity, both included. */
	public boolean validOn(LocalDate date) {
		return !date.isBefore(completedOn) && (validUntil == null || !date.isAfter(validUntil));
	}
}
