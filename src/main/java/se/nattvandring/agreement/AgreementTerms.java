package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a coordinator decides about an agreement, as it arrives from the form or the API. Fields are nullable
 * because input is; {@link AgreementTermsValidator} says what is wrong, field by field, before anything is saved.
 */
public record AgreementTerms(@Nullable String title, @Nullable String caseNumber, @Nullable LocalDate decisionDate,
		@Nullable String area, @Nullable String purpose, @Nullable LocalDate periodStart,
		@Nullable LocalDate periodEnd, @Nullable LocalDate extensionPossibleUntil,
		@Nullable List<ExtensionTerms> extensionDecisions, @Nullable List<PartyTerms> parties,
		@Nullable CompensationTerms compensation, @Nullable CriteriaTerms criteria,
		@Nullable InvoicingTerms invoicing) {

	public record PartyTerms(@Nullable Long organisationId, @Nullable PartyRole role) {
	}

	public record ExtensionTerms(@Nullable LocalDate extendedTo, @Nullable LocalDate decidedOn,
			@Nullable String decidedBy, @Nullable String reference) {
	}

	public record CompensationTerms(@Nullable CompensationUnit unit, @Nullable BigDecimal rateSek,
			@Nullable BigDecimal budgetCeilingSek, @Nullable Integer quotaPerAssociation,
			@Nullable PaymentCadence cadence) {
	}

	public record CriteriaTerms(@Nullable Integer minWalkers, @Nullable Integer minAge,
			@Nullable Boolean trainingRequired, @Nullable LocalTime windowStart, @Nullable LocalTime windowEnd,
			@Nullable Integer minDurationMinutes, @Nullable Integer reportDeadlineDays) {
	}

	public record InvoicingTerms(@Nullable String peppolId, @Nullable String referenceCode,
			@Nullable String billingAddress) {
	}

	List<PartyTerms> partyList() {
		return parties == null ? List.of() : parties;
	}

	List<ExtensionTerms> extensionList() {
		return extensionDecisions == null ? List.of() : extensionDecisions;
	}
}
