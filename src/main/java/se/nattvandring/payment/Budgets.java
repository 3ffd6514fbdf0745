package se.nattvandring.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PaymentRule;
import se.nattvandring.agreement.PaymentRule.ApprovedWalk;
import se.nattvandring.agreement.PaymentRule.Ledger;
import se.nattvandring.agreement.PaymentRule.UnitStatus;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.walk.WalkPayments;

/**
 * The budget follow-up of an agreement: spent (issued bases), committed (approved, not yet issued), remaining, and a
 * forecast to the period's end from the walks still planned. Every figure comes from the agreement's own
 * {@link se.nattvandring.agreement.PaymentRule}, so the forecast stops at the quota and the ceiling as a basis would.
 */
@Service
@Transactional(readOnly = true)
public class Budgets {

	public record Budget(long agreementId, @Nullable BigDecimal ceiling, BigDecimal spent, BigDecimal committed,
			@Nullable BigDecimal remaining, BigDecimal forecast, @Nullable BigDecimal forecastRemaining,
			int walksToCome, int unitsBeyondLimits) {
	}

	private final Agreements agreements;

	private final PaymentLedger ledger;

	private final WalkPayments walks;

	private final se.nattvandring.identity.Organisations organisations;

	Budgets(Agreements agreements, PaymentLedger ledger, WalkPayments walks,
			se.nattvandring.identity.Organisations organisations) {
		this.organisations = organisations;
		this.agreements = agreements;
		this.ledger = ledger;
		this.walks = walks;
	}

	/** The paying district's coordinator and attester, its board (which reads it), and the administrator. */
	public boolean mayRead(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR, Role.ATTESTER, Role.BOARD, Role.ADMIN);
	}

	public Budget of(long agreementId, CurrentUser user) {
		AgreementDocument document = agreements.document(agreementId, user);
		if (!mayRead(document, user)) {
			throw new AccessDeniedException("The budget is the paying district's and its board's");
		}
		Agreement agreement = agreements.get(agreementId, user);
		PaymentRule rule = agreement.paymentRule();
		List<WalkPayments.WalkToBePaid> ahead = walks.stillToBePaid(agreementId);
		List<ApprovedWalk> coming = ahead.stream()
			.map(w -> new ApprovedWalk(w.walkId(), w.associationId(), w.date(), w.walkers())).toList();
		Ledger paid = ledger.read(agreementId, null,
				coming.stream().map(w -> rule.occasionKey(w.walkId(), w.walkDate())).toList());
		// The whole term at once: every unit still to be paid, counted after what the ledger holds.
		Set<Long> vatRegistered = organisations.byIds(document.associations().stream()
			.map(AgreementDocument.PartyView::organisationId).toList()).values().stream()
			.filter(se.nattvandring.identity.Organisation::vatRegistered)
			.map(se.nattvandring.identity.Organisation::requiredId).collect(Collectors.toSet());
		var units = rule.payableUnits(coming, paid, rule.term().start(), rule.term().end(), vatRegistered);
		// What the district has approved within the term is committed; the rest is a forecast.
		Set<Long> approved = ahead.stream().filter(WalkPayments.WalkToBePaid::approved)
			.filter(w -> !w.date().isBefore(document.periodStart()) && !w.date().isAfter(document.effectiveEnd()))
			.map(WalkPayments.WalkToBePaid::walkId).collect(Collectors.toSet());
		BigDecimal committed = BigDecimal.ZERO;
		BigDecimal planned = BigDecimal.ZERO;
		int beyond = 0;
		for (var unit : units) {
			if (unit.status() == UnitStatus.OVER_QUOTA || unit.status() == UnitStatus.OVER_BUDGET) {
				beyond++;
			}
			else if (unit.status() != UnitStatus.PAYABLE) {
				continue;
			}
			else if (approved.containsAll(unit.walkIds())) {
				committed = committed.add(unit.amount().amount());
			}
			else {
				planned = planned.add(unit.amount().amount());
			}
		}
		BigDecimal spent = paid.total().amount();
		BigDecimal forecast = spent.add(committed).add(planned);
		BigDecimal ceiling = rule.current().budgetCeiling() == null ? null : rule.current().budgetCeiling().amount();
		return new Budget(agreementId, ceiling, spent, committed.setScale(2),
				ceiling == null ? null : ceiling.subtract(spent).subtract(committed), forecast.setScale(2),
				ceiling == null ? null : ceiling.subtract(forecast), ahead.size() - approved.size(), beyond);
	}
}
