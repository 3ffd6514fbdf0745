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
		@Nullable InvoicingTerms invoicing, @Nullable LocalDate effectiveFrom) {

	/** Terms without a date from which a revision applies, as a new agreement has them. */
	public AgreementTerms(@Nullable String title, @Nullable String caseNumber, @Nullable LocalDate decisionDate,
			@Nullable String area, @Nullable String purpose, @Nullable LocalDate periodStart,
			@Nullable LocalDate periodEnd, @Nullable LocalDate extensionPossibleUntil,
			@Nullable List<ExtensionTerms> extensionDecisions, @Nullable List<PartyTerms> parties,
			@Nullable CompensationTerms compensation, @Nullable CriteriaTerms criteria,
			@Nullable InvoicingTerms invoicing) {
		this(title, caseNumber, decisionDate, area, purpose, periodStart, periodEnd, extensionPossibleUntil,
				extensionDecisions, parties, compensation, criteria, invoicing, null);
	}

	/** The same terms, revised from a date. */
	public AgreementTerms from(@Nullable LocalDate date) {
		return new AgreementTerms(title, caseNumber, decisionDate, area, purpose, periodStart, periodEnd,
				extensionPossibleUntil, extensionDecisions, parties, compensation, criteria, invoicing, date);
	}

	public record PartyTerms(@Nullable Long organisationId, @Nullable PartyRole role) {
	}

	public record ExtensionTerms(@Nullable LocalDate extendedTo, @Nullable LocalDate decidedOn,
			@Nullable String decidedBy, @Nullable String reference) {
	}

	/**
	 * What a unit is worth and how often it is paid. {@code ratesByTeamSize} gives a team of at least so many walkers
	 * its own rate; {@code blockSize} pays one unit per block of that many occasions (null or 1 for no block);
	 * {@code rateIncludesVat} says whether the rates are what the district pays with VAT included (else a
	 * VAT-registered association adds 25 %).
	 */
	public record CompensationTerms(@Nullable CompensationUnit unit, @Nullable BigDecimal rateSek,
			@Nullable BigDecimal budgetCeilingSek, @Nullable Integer quotaPerAssociation,
			@Nullable PaymentCadence cadence, @Nullable List<TeamRateTerms> ratesByTeamSize,
			@Nullable Integer blockSize, @Nullable IncompleteBlock incompleteBlock,
			@Nullable Boolean rateIncludesVat) {

		public CompensationTerms(@Nullable CompensationUnit unit, @Nullable BigDecimal rateSek,
				@Nullable BigDecimal budgetCeilingSek, @Nullable Integer quotaPerAssociation,
				@Nullable PaymentCadence cadence) {
			this(unit, rateSek, budgetCeilingSek, quotaPerAssociation, cadence, null, null, null, null);
		}

		public CompensationTerms(@Nullable CompensationUnit unit, @Nullable BigDecimal rateSek,
				@Nullable BigDecimal budgetCeilingSek, @Nullable Integer quotaPerAssociation,
				@Nullable PaymentCadence cadence, @Nullable List<TeamRateTerms> ratesByTeamSize,
				@Nullable Integer blockSize, @Nullable IncompleteBlock incompleteBlock) {
			this(unit, rateSek, budgetCeilingSek, quotaPerAssociation, cadence, ratesByTeamSize, blockSize,
					incompleteBlock, null);
		}

		List<TeamRateTerms> rateList() {
			return ratesByTeamSize == null ? List.of() : ratesByTeamSize;
		}
	}

	/** From this many walkers present, this rate. */
	public record TeamRateTerms(@Nullable Integer minWalkers, @Nullable BigDecimal rateSek) {
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
