/**
 * Payment: the district's payment bases (utbetalningsunderlag) made from approved walks under the agreement's own
 * compensation rule, issued by one person and attested by another, and the documents the finance office takes in as
 * they are: PDF, CSV, an SIE 4I voucher and a Peppol BIS Billing 3 invoice. {@link se.nattvandring.payment.PaymentBases}
 * is the API.
 */
@NullMarked
@ApplicationModule(displayName = "Payment", allowedDependencies = { "shared", "identity", "agreement", "walk" })
package se.nattvandring.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
