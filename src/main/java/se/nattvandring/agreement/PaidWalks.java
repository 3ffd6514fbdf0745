package se.nattvandring.agreement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the agreement asks of payment before a revision: the date of the latest walk a basis has paid. The payment
 * module answers; the agreement refuses a revision that would apply to a walk already paid, since a correction basis
 * is the way to change money that was paid.
 */
public interface PaidWalks {

	Optional<LocalDate> lastPaidWalkDate(long agreementId);
}
