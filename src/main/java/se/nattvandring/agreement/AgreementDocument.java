package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;

/**
 * An agreement as it is read: by the API as JSON, by the detail page. Built by {@link AgreementQueries} in three
 * statements for any number of agreements; the aggregate itself is only loaded to change it.
 */
public record AgreementDocument(long id, int version, String title, String caseNumber,
		@Nullable LocalDate decisionDate, String area, @Nullable String purpose, LocalDate periodStart,
		LocalDate periodEnd, @Nullable LocalDate extensionPossibleUntil, LocalDate effectiveEnd,
		List<ExtensionDecision> extensionDecisions, List<PartyView> parties, CompensationView compensation,
		CompletionCriteria criteria, InvoicingReference invoicing) {

	public record PartyView(long organisationId, String name, OrganisationKind kind, PartyRole role) {
	}

	public record CompensationView(CompensationUnit unit, BigDecimal rateSek, @Nullable BigDecimal budgetCeilingSek,
			@Nullable Integer quotaPerAssociation, PaymentCadence cadence) {
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
