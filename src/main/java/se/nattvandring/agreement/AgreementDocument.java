package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.Money;

/**
 * An agreement as it is read: by the API as JSON, by the detail page. Built by {@link AgreementQueries} in three
 * statements for any number of agreements; the aggregate itself is only loaded to change it.
 */
public record AgreementDocument(long id, int version, String title, String caseNumber,
		@Nullable LocalDate decisionDate, String area, @Nullable String purpose, LocalDate periodStart,
		LocalDate periodEnd, @Nullable LocalDate extensionPossibleUntil, LocalDate effectiveEnd,
		List<ExtensionDecision> extensionDecisions, List<PartyView> parties, CompensationView compensation,
		CompletionCriteria criteria, InvoicingReference invoicing, LocalDate termsEffectiveFrom,
		List<TermsVersionView> earlierTerms) {

	public record PartyView(long organisationId, String name, OrganisationKind kind, PartyRole role) {
	}

	public record CompensationView(CompensationUnit unit, BigDecimal rateSek, @Nullable BigDecimal budgetCeilingSek,
			@Nullable Integer quotaPerAssociation, PaymentCadence cadence, List<TeamRateView> ratesByTeamSize,
			int blockSize, IncompleteBlock incompleteBlock, boolean rateIncludesVat) {
	}

	public record TeamRateView(int minWalkers, BigDecimal rateSek) {

		static List<TeamRateView> of(RateTable table) {
			return table.steps().stream().map(s -> new TeamRateView(s.minWalkers(), s.rate().amount())).toList();
		}
	}

	/** Terms that were in force from one date to another, as the agreement page and the API show them. */
	public record TermsVersionView(LocalDate effectiveFrom, LocalDate effectiveTo, CompensationUnit unit,
			BigDecimal rateSek, List<TeamRateView> ratesByTeamSize, int blockSize, IncompleteBlock incompleteBlock,
			CompletionCriteria criteria) {

		TermsVersion version() {
			return new TermsVersion(effectiveFrom, effectiveTo, unit, new Money(rateSek), rates(ratesByTeamSize),
					blockSize, incompleteBlock, criteria);
		}
	}

	/** The whole payment rule, as {@link Agreement#paymentRule()} gives it, from what was read. */
	public PaymentRule paymentRule() {
		CompensationRule current = new CompensationRule(compensation.unit(), new Money(compensation.rateSek()),
				rates(compensation.ratesByTeamSize()), compensation.blockSize(), compensation.incompleteBlock(),
				compensation.budgetCeilingSek() == null ? null : new Money(compensation.budgetCeilingSek()),
				compensation.quotaPerAssociation(), compensation.cadence(), compensation.rateIncludesVat());
		return new PaymentRule(current, criteria, termsEffectiveFrom,
				earlierTerms.stream().map(TermsVersionView::version).toList(), new Period(periodStart, effectiveEnd));
	}

	/** The criteria a walk of that date is judged by: those in force on the date. */
	public CompletionCriteria criteriaOn(LocalDate date) {
		return paymentRule().criteriaOn(date);
	}

	private static RateTable rates(List<TeamRateView> steps) {
		return new RateTable(steps.stream().map(s -> new RateTable.Step(s.minWalkers(), new Money(s.rateSek())))
			.toList());
	}

	public boolean isInForceOn(LocalDate date) {
		return new Period(periodStart, effectiveEnd).contains(date);
	}

	public boolean hasParty(long organisationId, PartyRole role) {
		return parties.stream().anyMatch(p -> p.organisationId() == organisationId && p.role() == role);
	}

	/**
	 * Whether the user acts for the principal, the district that pays, in one of these roles: the check behind every
	 * step that is the district's alone, such as changing the agreement, deciding on a report or attesting a payment.
	 */
	public boolean actsForPrincipal(CurrentUser user, Role... roles) {
		return isPrincipal(user.organisationId()) && Arrays.stream(roles).anyMatch(user::has);
	}

	/** Whether the organisation is the principal, the district that pays. */
	public boolean isPrincipal(long organisationId) {
		return hasParty(organisationId, PartyRole.PRINCIPAL);
	}

	public List<PartyView> associations() {
		return parties.stream().filter(p -> p.role() == PartyRole.ASSOCIATION).toList();
	}
}
