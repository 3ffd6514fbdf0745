package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.ExtensionTerms;
import se.nattvandring.agreement.AgreementTerms.InvoicingTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.identity.Organisation;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.TextChecks;

/**
 * Every rule an agreement's terms must keep, checked in one pass so the user sees all problems at once, each at its
 * field. The form and the API both come through here; there is no second copy of these rules.
 */
final class AgreementTermsValidator {

	static final BigDecimal MAX_RATE = new BigDecimal("100000");

	static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

	private final Map<Long, Organisation> organisations;

	private final Predicate<String> caseNumberTaken;

	private final List<FieldViolation> violations = new ArrayList<>();

	/**
	 * @param organisations the organisations the parties name, looked up in one query by the caller
	 * @param caseNumberTaken whether another agreement already has a case number
	 */
	AgreementTermsValidator(Map<Long, Organisation> organisations, Predicate<String> caseNumberTaken) {
		this.organisations = organisations;
		this.caseNumberTaken = caseNumberTaken;
	}

	List<FieldViolation> validate(AgreementTerms terms) {
		text("title", terms.title(), true, 200);
		if (text("caseNumber", terms.caseNumber(), true, 50)) {
			if (!terms.caseNumber().matches("[\\p{L}0-9 ./:\\-]+")) {
				reject("caseNumber", "agreement.error.caseNumber.format");
			}
			else if (caseNumberTaken.test(terms.caseNumber().strip())) {
				reject("caseNumber", "agreement.error.caseNumber.taken");
			}
		}
		text("area", terms.area(), true, 200);
		text("purpose", terms.purpose(), false, 2000);
		period(terms);
		extensions(terms);
		parties(terms.partyList());
		compensation(terms.compensation());
		criteria(terms.criteria());
		invoicing(terms.invoicing());
		return List.copyOf(violations);
	}

	private void period(AgreementTerms terms) {
		LocalDate start = required("periodStart", terms.periodStart());
		LocalDate end = required("periodEnd", terms.periodEnd());
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				reject("periodEnd", "agreement.error.periodEnd.beforeStart");
			}
			else if (end.isAfter(start.plusYears(10))) {
				reject("periodEnd", "agreement.error.periodEnd.tooLong");
			}
		}
		LocalDate option = terms.extensionPossibleUntil();
		if (option != null && end != null && !option.isAfter(end)) {
			reject("extensionPossibleUntil", "agreement.error.extension.notAfterEnd");
		}
	}

	private void extensions(AgreementTerms terms) {
		List<ExtensionTerms> decisions = terms.extensionList();
		for (int i = 0; i < decisions.size(); i++) {
			String path = "extensionDecisions[" + i + "].";
			ExtensionTerms decision = decisions.get(i);
			LocalDate to = required(path + "extendedTo", decision.extendedTo());
			required(path + "decidedOn", decision.decidedOn());
			text(path + "decidedBy", decision.decidedBy(), true, 200);
			text(path + "reference", decision.reference(), false, 100);
			if (to == null) {
				continue;
			}
			if (terms.extensionPossibleUntil() == null) {
				reject(path + "extendedTo", "agreement.error.extension.noOption");
			}
			else if (to.isAfter(terms.extensionPossibleUntil())) {
				reject(path + "extendedTo", "agreement.error.extension.beyondOption");
			}
			if (terms.periodEnd() != null && !to.isAfter(terms.periodEnd())) {
				reject(path + "extendedTo", "agreement.error.extension.notAfterEnd");
			}
		}
	}

	private void parties(List<PartyTerms> parties) {
		Set<String> seen = new HashSet<>();
		boolean principal = false;
		boolean association = false;
		for (int i = 0; i < parties.size(); i++) {
			String path = "parties[" + i + "].";
			PartyTerms party = parties.get(i);
			Long id = required(path + "organisationId", party.organisationId());
			PartyRole role = required(path + "role", party.role());
			if (id == null || role == null) {
				continue;
			}
			Organisation organisation = organisations.get(id);
			if (organisation == null) {
				reject(path + "organisationId", "agreement.error.party.unknown");
			}
			else if (!role.acceptsOrganisationOf(organisation.kind())) {
				reject(path + "role", "agreement.error.party.wrongKind");
			}
			else if (!seen.add(id + ":" + role)) {
				reject(path + "organisationId", "agreement.error.party.duplicate");
			}
			else {
				principal |= role == PartyRole.PRINCIPAL;
				association |= role == PartyRole.ASSOCIATION;
			}
		}
		if (!principal) {
			reject("parties", "agreement.error.party.noPrincipal");
		}
		if (!association) {
			reject("parties", "agreement.error.party.noAssociation");
		}
	}

	private void compensation(@Nullable CompensationTerms terms) {
		CompensationTerms c = terms == null ? new CompensationTerms(null, null, null, null, null) : terms;
		required("compensation.unit", c.unit());
		required("compensation.cadence", c.cadence());
		BigDecimal rate = required("compensation.rateSek", c.rateSek());
		if (rate != null) {
			amount("compensation.rateSek", rate, MAX_RATE);
		}
		if (c.budgetCeilingSek() != null) {
			amount("compensation.budgetCeilingSek", c.budgetCeilingSek(), MAX_BUDGET);
			if (rate != null && c.budgetCeilingSek().compareTo(rate) < 0) {
				reject("compensation.budgetCeilingSek", "agreement.error.budget.belowRate");
			}
		}
		if (c.quotaPerAssociation() != null) {
			range("compensation.quotaPerAssociation", c.quotaPerAssociation(), 1, 10_000);
		}
		if (c.blockSize() != null) {
			range("compensation.blockSize", c.blockSize(), 1, 52);
		}
		Set<Integer> sizes = new HashSet<>();
		List<AgreementTerms.TeamRateTerms> rates = c.rateList();
		if (rates.size() > 10) {
			reject("compensation.ratesByTeamSize", "agreement.error.rates.tooMany", 10);
		}
		for (int i = 0; i < rates.size() && i < 10; i++) {
			String path = "compensation.ratesByTeamSize[" + i + "].";
			if (range(path + "minWalkers", rates.get(i).minWalkers(), 1, 50)
					&& !sizes.add(rates.get(i).minWalkers())) {
				reject(path + "minWalkers", "agreement.error.rates.duplicate");
			}
			BigDecimal stepRate = required(path + "rateSek", rates.get(i).rateSek());
			if (stepRate != null) {
				amount(path + "rateSek", stepRate, MAX_RATE);
			}
		}
	}

	private void criteria(@Nullable CriteriaTerms terms) {
		CriteriaTerms c = terms == null ? new CriteriaTerms(null, null, null, null, null, null, null) : terms;
		range("criteria.minWalkers", c.minWalkers(), 1, 50);
		range("criteria.minAge", c.minAge(), 18, 99);
		range("criteria.reportDeadlineDays", c.reportDeadlineDays(), 0, 90);
		var start = required("criteria.windowStart", c.windowStart());
		var end = required("criteria.windowEnd", c.windowEnd());
		boolean windowValid = start != null && end != null && !start.equals(end);
		if (start != null && start.equals(end)) {
			reject("criteria.windowEnd", "agreement.error.window.empty");
		}
		if (range("criteria.minDurationMinutes", c.minDurationMinutes(), 1, 24 * 60) && windowValid
				&& c.minDurationMinutes() > new TimeWindow(start, end).nominalMinutes()) {
			reject("criteria.minDurationMinutes", "agreement.error.duration.longerThanWindow");
		}
	}

	private void invoicing(@Nullable InvoicingTerms invoicing) {
		if (invoicing == null) {
			return;
		}
		if (text("invoicing.peppolId", invoicing.peppolId(), false, 60)
				&& !invoicing.peppolId().strip().matches("\\d{4}:[A-Za-z0-9.\\-]{1,50}")) {
			reject("invoicing.peppolId", "agreement.error.peppolId.format");
		}
		text("invoicing.referenceCode", invoicing.referenceCode(), false, 50);
		text("invoicing.billingAddress", invoicing.billingAddress(), false, 500);
	}

	/** @return whether a value is present and passed, so callers can go on with finer checks */
	private boolean text(String field, @Nullable String value, boolean required, int maxLength) {
		var problem = TextChecks.problem(field, value, required, maxLength);
		problem.ifPresent(violations::add);
		return problem.isEmpty() && value != null && !value.isBlank();
	}

	private <T> @Nullable T required(String field, @Nullable T value) {
		if (value == null) {
			reject(field, "error.required");
		}
		return value;
	}

	private boolean range(String field, @Nullable Integer value, int min, int max) {
		if (required(field, value) == null) {
			return false;
		}
		if (value < min || value > max) {
			reject(field, "error.range", min, max);
			return false;
		}
		return true;
	}

	private void amount(String field, BigDecimal value, BigDecimal max) {
		if (value.signum() <= 0 || value.compareTo(max) > 0) {
			reject(field, "error.amountRange", max.toPlainString());
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			reject(field, "error.amountOre");
		}
	}

	private void reject(String field, String key, Object... arguments) {
		violations.add(new FieldViolation(field, key, arguments));
	}
}
