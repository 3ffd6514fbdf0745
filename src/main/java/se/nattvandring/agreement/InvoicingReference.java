package se.nattvandring.agreement;

import org.jspecify.annotations.Nullable;

/** Where the associations send their invoices: the district's Peppol ID, reference code (KST) and billing address. */
public record InvoicingReference(@Nullable String peppolId, @Nullable String referenceCode,
		@Nullable String billingAddress) {
}
