package se.nattvandring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.Money;

/**
 * What a completed walk is worth under one agreement: the unit, the rate, and the optional quota per association and
 * budget ceiling. {@link #payableUnits} is the one function that turns approved walks into money.
 */
public record CompensationRule(CompensationUnit unit, Money rate, @Nullable Money budgetCeiling,
		@Nullable Integer quotaPerAssociation, PaymentCadence cadence) {

	/** An approved walk as compensation needs it. Walks come in the order they were approved. */
	public record ApprovedWalk(long walkId, long associationId, LocalDate walkDate) {
	}

	public enum UnitStatus {
		PAYABLE, OVER_QUOTA, OVER_BUDGET
	}

	/** One unit for one association: the walks it groups, and whether it is paid and how much. */
	public record PayableUnit(long associationId, String key, LocalDate date, List<Long> walkIds, UnitStatus status,
			Money amount) {
	}

	/** What earlier, issued bases already paid: units per association and the amount, counted before new units. */
	public record AlreadyPaid(Map<Long, Integer> unitsPerAssociation, Money total) {

		public static final AlreadyPaid NOTHING = new AlreadyPaid(Map.of(), Money.ZERO);

		public AlreadyPaid {
			unitsPerAssociation = Map.copyOf(unitsPerAssociation);
		}
	}

	/**
	 * Groups the approved walks into units, then pays them in order until the association's quota or the agreement's
	 * budget ceiling is reached. Units past a limit are kept, marked and unpaid, so the reason stays visible.
	 */
	public List<PayableUnit> payableUnits(List<ApprovedWalk> walks) {
		return payableUnits(walks, AlreadyPaid.NOTHING);
	}

	/** The same, after what issued bases already paid: the quota and the ceiling hold across the whole agreement. */
	public List<PayableUnit> payableUnits(List<ApprovedWalk> walks, AlreadyPaid before) {
		Map<String, List<ApprovedWalk>> groups = new LinkedHashMap<>();
		for (ApprovedWalk walk : walks) {
			String key = walk.associationId() + "/" + unit.groupKey(walk.walkId(), walk.walkDate());
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(walk);
		}
		Map<Long, Integer> paidPerAssociation = new HashMap<>(before.unitsPerAssociation());
		Money paidTotal = before.total();
		List<PayableUnit> units = new ArrayList<>();
		for (var group : groups.entrySet()) {
			long association = group.getValue().get(0).associationId();
			String key = group.getKey().substring(group.getKey().indexOf('/') + 1);
			List<Long> walkIds = group.getValue().stream().map(ApprovedWalk::walkId).toList();
			int paidSoFar = paidPerAssociation.getOrDefault(association, 0);
			UnitStatus status;
			if (quotaPerAssociation != null && paidSoFar >= quotaPerAssociation) {
				status = UnitStatus.OVER_QUOTA;
			}
			else if (budgetCeiling != null && paidTotal.plus(rate).isGreaterThan(budgetCeiling)) {
				status = UnitStatus.OVER_BUDGET;
			}
			else {
				status = UnitStatus.PAYABLE;
				paidPerAssociation.put(association, paidSoFar + 1);
				paidTotal = paidTotal.plus(rate);
			}
			units.add(new PayableUnit(association, key, unit.unitDate(group.getValue().get(0).walkDate()), walkIds,
					status,
					status == UnitStatus.PAYABLE ? rate : Money.ZERO));
		}
		return units;
	}
}
