package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.ExtensionTerms;
import se.nattvandring.agreement.AgreementTerms.InvoicingTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.identity.Invitations;
import se.nattvandring.identity.OrganisationKind;

/**
 * The agreement form as the browser posts it. Mutable and bound by direct field access, so that whatever was typed,
 * valid or not, is shown again; the fields are public only because template expressions read public fields. Field
 * paths match {@link AgreementTerms}, so one validator serves the form and the API.
 */
class AgreementForm {

	public @Nullable String title;
	public @Nullable String caseNumber;
	public @Nullable LocalDate decisionDate;
	public @Nullable String area;
	public @Nullable String purpose;
	public @Nullable LocalDate periodStart;
	public @Nullable LocalDate periodEnd;
	public @Nullable LocalDate extensionPossibleUntil;
	public List<ExtensionRow> extensionDecisions = new ArrayList<>();
	public List<PartyRow> parties = new ArrayList<>();
	public Compensation compensation = new Compensation();
	public Criteria criteria = new Criteria();
	public Invoicing invoicing = new Invoicing();
	/** From when a change of the compensation or the criteria applies; asked only when the agreement is revised. */
	public @Nullable LocalDate effectiveFrom;

	/** The add button's value that adds a new organisation from the form. */
	static final String NEW_PARTNER = "partner";

	/** An association or the foundation not yet in the district's list, added without leaving the form. */
	public NewPartnerRow newPartner = new NewPartnerRow();

	static class NewPartnerRow {
		public @Nullable String name;
		public @Nullable String organisationNumber;
		public @Nullable OrganisationKind kind = OrganisationKind.ASSOCIATION;
		public @Nullable String contactName;
		public @Nullable String contactEmail;

		Invitations.NewPartner toNewPartner() {
			return new Invitations.NewPartner(name, organisationNumber, kind, contactName, contactEmail);
		}
	}

	/** The organisation just added takes the first empty party row, as an association or a supporting party. */
	void joinAsParty(long organisationId, OrganisationKind kind) {
		PartyRow row = parties.stream().filter(p -> p.organisationId == null).findFirst().orElseGet(() -> {
			PartyRow added = new PartyRow();
			parties.add(added);
			return added;
		});
		row.organisationId = organisationId;
		row.role = kind == OrganisationKind.FOUNDATION ? PartyRole.SUPPORTING : PartyRole.ASSOCIATION;
		newPartner = new NewPartnerRow();
		parties.add(new PartyRow());
	}

	/** How many rows of rates by team size the form offers: Karlskrona's two steps fit with one to spare. */
	static final int RATE_ROWS = 3;

	static class PartyRow {
		public @Nullable Long organisationId;
		public @Nullable PartyRole role;
	}

	static class ExtensionRow {
		public @Nullable LocalDate extendedTo;
		public @Nullable LocalDate decidedOn;
		public @Nullable String decidedBy;
		public @Nullable String reference;

		boolean isEmpty() {
			return extendedTo == null && decidedOn == null && (decidedBy == null || decidedBy.isBlank());
		}
	}

	static class Compensation {
		public @Nullable CompensationUnit unit;
		public @Nullable BigDecimal rateSek;
		public @Nullable BigDecimal budgetCeilingSek;
		public @Nullable Integer quotaPerAssociation;
		public @Nullable PaymentCadence cadence;
		public @Nullable Integer blockSize;
		public @Nullable IncompleteBlock incompleteBlock;
		public boolean rateIncludesVat;
		public List<RateRow> rates = new ArrayList<>(java.util.stream.Stream.generate(RateRow::new)
			.limit(RATE_ROWS).toList());
	}

	static class RateRow {
		public @Nullable Integer minWalkers;
		public @Nullable BigDecimal rateSek;

		boolean isEmpty() {
			return minWalkers == null && rateSek == null;
		}
	}

	static class Criteria {
		public @Nullable Integer minWalkers;
		public @Nullable Integer minAge;
		public boolean trainingRequired;
		public @Nullable LocalTime windowStart;
		public @Nullable LocalTime windowEnd;
		public @Nullable Integer minDurationMinutes;
		public @Nullable Integer reportDeadlineDays;
	}

	static class Invoicing {
		public @Nullable String peppolId;
		public @Nullable String referenceCode;
		public @Nullable String billingAddress;
	}

	/** A new agreement starts from the seed decision's terms, which most districts will only adjust. */
	static AgreementForm withDefaults(long principalOrganisationId) {
		AgreementForm form = new AgreementForm();
		form.compensation.unit = CompensationUnit.PER_WALK;
		form.compensation.cadence = PaymentCadence.MONTHLY;
		form.criteria.minWalkers = 3;
		form.criteria.minAge = 18;
		form.criteria.trainingRequired = true;
		form.criteria.windowStart = LocalTime.of(19, 0);
		form.criteria.windowEnd = LocalTime.of(3, 0);
		form.criteria.minDurationMinutes = 180;
		form.criteria.reportDeadlineDays = 7;
		PartyRow principal = new PartyRow();
		principal.organisationId = principalOrganisationId;
		principal.role = PartyRole.PRINCIPAL;
		form.parties.add(principal);
		form.addEmptyRows();
		return form;
	}

	static AgreementForm of(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		form.title = agreement.title();
		form.caseNumber = agreement.caseNumber();
		form.decisionDate = agreement.decisionDate();
		form.area = agreement.area();
		form.purpose = agreement.purpose();
		form.periodStart = agreement.period().start();
		form.periodEnd = agreement.period().end();
		form.extensionPossibleUntil = agreement.extensionPossibleUntil();
		for (ExtensionDecision decision : agreement.extensionDecisions()) {
			ExtensionRow row = new ExtensionRow();
			row.extendedTo = decision.extendedTo();
			row.decidedOn = decision.decidedOn();
			row.decidedBy = decision.decidedBy();
			row.reference = decision.reference();
			form.extensionDecisions.add(row);
		}
		for (Party party : agreement.parties()) {
			PartyRow row = new PartyRow();
			row.organisationId = party.organisationId();
			row.role = party.role();
			form.parties.add(row);
		}
		CompensationRule rule = agreement.compensation();
		form.compensation.unit = rule.unit();
		form.compensation.rateSek = rule.rate().amount();
		form.compensation.budgetCeilingSek = rule.budgetCeiling() == null ? null : rule.budgetCeiling().amount();
		form.compensation.quotaPerAssociation = rule.quotaPerAssociation();
		form.compensation.cadence = rule.cadence();
		form.compensation.blockSize = rule.blockSize();
		form.compensation.incompleteBlock = rule.incompleteBlock();
		form.compensation.rateIncludesVat = rule.rateIncludesVat();
		List<RateTable.Step> steps = rule.ratesByTeamSize().steps();
		for (int i = 0; i < steps.size() && i < RATE_ROWS; i++) {
			form.compensation.rates.get(i).minWalkers = steps.get(i).minWalkers();
			form.compensation.rates.get(i).rateSek = steps.get(i).rate().amount();
		}
		CompletionCriteria criteria = agreement.criteria();
		form.criteria.minWalkers = criteria.minWalkers();
		form.criteria.minAge = criteria.minAge();
		form.criteria.trainingRequired = criteria.trainingRequired();
		form.criteria.windowStart = criteria.windowStart();
		form.criteria.windowEnd = criteria.windowEnd();
		form.criteria.minDurationMinutes = criteria.minDurationMinutes();
		form.criteria.reportDeadlineDays = criteria.reportDeadlineDays();
		form.invoicing.peppolId = agreement.invoicing().peppolId();
		form.invoicing.referenceCode = agreement.invoicing().referenceCode();
		form.invoicing.billingAddress = agreement.invoicing().billingAddress();
		form.addEmptyRows();
		return form;
	}

	/** One spare row for a party and one for an extension decision, so that adding one needs no script. */
	void addEmptyRows() {
		parties.add(new PartyRow());
		extensionDecisions.add(new ExtensionRow());
	}

	/** @param kind “party” or “extension”, as the form's add buttons name them */
	void addRow(String kind) {
		if (kind.equals("extension")) {
			extensionDecisions.add(new ExtensionRow());
		}
		else {
			parties.add(new PartyRow());
		}
	}

	private List<Integer> filledRateRows() {
		return java.util.stream.IntStream.range(0, compensation.rates.size())
			.filter(i -> !compensation.rates.get(i).isEmpty()).boxed().toList();
	}

	/** Rows left wholly empty are spare rows, not input. */
	private List<Integer> filledPartyRows() {
		return java.util.stream.IntStream.range(0, parties.size())
			.filter(i -> parties.get(i).organisationId != null || parties.get(i).role != null).boxed().toList();
	}

	private List<Integer> filledExtensionRows() {
		return java.util.stream.IntStream.range(0, extensionDecisions.size())
			.filter(i -> !extensionDecisions.get(i).isEmpty()).boxed().toList();
	}

	/**
	 * The form field that a violation of the terms points at. Terms skip the empty rows, so “parties[1]” in the terms
	 * may be row 2 of the form.
	 */
	String formPath(String termsPath) {
		var rate = java.util.regex.Pattern.compile("^compensation\\.ratesByTeamSize\\[(\\d+)](.*)$").matcher(termsPath);
		if (rate.matches()) {
			List<Integer> rows = filledRateRows();
			int index = Integer.parseInt(rate.group(1));
			return "compensation.rates[" + (index < rows.size() ? rows.get(index) : index) + "]" + rate.group(2);
		}
		var matcher = java.util.regex.Pattern.compile("^(parties|extensionDecisions)\\[(\\d+)](.*)$").matcher(termsPath);
		if (!matcher.matches()) {
			return termsPath;
		}
		List<Integer> rows = matcher.group(1).equals("parties") ? filledPartyRows() : filledExtensionRows();
		int index = Integer.parseInt(matcher.group(2));
		return matcher.group(1) + "[" + (index < rows.size() ? rows.get(index) : index) + "]" + matcher.group(3);
	}

	AgreementTerms toTerms() {
		List<PartyTerms> partyTerms = filledPartyRows().stream().map(parties::get)
			.map(p -> new PartyTerms(p.organisationId, p.role))
			.toList();
		List<ExtensionTerms> extensionTerms = filledExtensionRows().stream().map(extensionDecisions::get)
			.map(e -> new ExtensionTerms(e.extendedTo, e.decidedOn, e.decidedBy, e.reference))
			.toList();
		return new AgreementTerms(title, caseNumber, decisionDate, area, purpose, periodStart, periodEnd,
				extensionPossibleUntil, extensionTerms, partyTerms,
				new CompensationTerms(compensation.unit, compensation.rateSek, compensation.budgetCeilingSek,
						compensation.quotaPerAssociation, compensation.cadence,
						filledRateRows().stream().map(compensation.rates::get)
							.map(r -> new AgreementTerms.TeamRateTerms(r.minWalkers, r.rateSek)).toList(),
						compensation.blockSize, compensation.incompleteBlock, compensation.rateIncludesVat),
				new CriteriaTerms(criteria.minWalkers, criteria.minAge, criteria.trainingRequired,
						criteria.windowStart, criteria.windowEnd, criteria.minDurationMinutes,
						criteria.reportDeadlineDays),
				new InvoicingTerms(invoicing.peppolId, invoicing.referenceCode, invoicing.billingAddress),
				effectiveFrom);
	}
}
