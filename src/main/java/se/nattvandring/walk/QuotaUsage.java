package se.nattvandring.walk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.PaymentRule;
import se.nattvandring.agreement.PaymentRule.ApprovedWalk;
import se.nattvandring.agreement.PaymentRule.Ledger;
import se.nattvandring.agreement.PaymentRule.PayableUnit;
import se.nattvandring.agreement.PaymentRule.UnitStatus;
import se.nattvandring.shared.Money;

/**
 * How much of an agreement's quota and budget the planned walks would use, were they all approved. It asks
 * {@link PaymentRule#payableUnits} itself, so planning and payment can never count differently.
 */
public record QuotaUsage(@Nullable Integer quotaPerAssociation, Map<Long, Integer> payableUnitsPerAssociation,
		int unitsOverQuota, @Nullable Money budgetCeiling, Money plannedAmount, int unitsOverBudget) {

	/** A walk that counts: planned or further along, not cancelled or rejected. */
	public record CountedWalk(long walkId, long associationId, LocalDate date, int walkers) {
	}

	public QuotaUsage {
		payableUnitsPerAssociation = Map.copyOf(payableUnitsPerAssociation);
	}

	static QuotaUsage of(PaymentRule rule, List<CountedWalk> walks) {
		List<PayableUnit> units = rule.payableUnits(
				walks.stream().map(w -> new ApprovedWalk(w.walkId(), w.associationId(), w.date(), w.walkers()))
					.toList(), Ledger.EMPTY, rule.term().start(), rule.term().end());
		Map<Long, Integer> perAssociation = new HashMap<>();
		Money planned = Money.ZERO;
		int overQuota = 0;
		int overBudget = 0;
		for (PayableUnit unit : units) {
			if (unit.status() == UnitStatus.PAYABLE) {
				perAssociation.merge(unit.associationId(), 1, Integer::sum);
				planned = planned.plus(unit.amount());
			}
			else if (unit.status() == UnitStatus.OVER_QUOTA) {
				overQuota++;
			}
			else if (unit.status() == UnitStatus.OVER_BUDGET) {
				overBudget++;
			}
		}
		return new QuotaUsage(rule.current().quotaPerAssociation(), perAssociation, overQuota,
				rule.current().budgetCeiling(), planned, overBudget);
	}

	/** Units the association may still plan within its quota; null without a quota. */
	public @Nullable Integer quotaLeft(long associationId) {
		return quotaPerAssociation == null ? null
				: Math.max(0, quotaPerAssociation - payableUnitsPerAssociation.getOrDefault(associationId, 0));
	}

	public @Nullable Money budgetLeft() {
		if (budgetCeiling == null) {
			return null;
		}
		java.math.BigDecimal left = budgetCeiling.amount().subtract(plannedAmount.amount());
		return new Money(left.signum() < 0 ? java.math.BigDecimal.ZERO : left);
	}

	/** Whether planning has gone beyond what the agreement pays for. */
	public boolean exceeded() {
		return unitsOverQuota > 0 || unitsOverBudget > 0;
	}
}
