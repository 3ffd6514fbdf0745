package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.agreement.CompensationRule;
import se.nattvandring.agreement.CompensationRule.ApprovedWalk;
import se.nattvandring.agreement.CompensationRule.PayableUnit;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.payment.PaymentBasis.Line;
import se.nattvandring.payment.PaymentBasis.LineStatus;
import se.nattvandring.walk.WalkPayments;

/**
 * Draws a basis's lines from the agreement's own {@link CompensationRule}. A unit belongs to the period that holds its
 * {@link CompensationUnit#unitDate}, so an evening or a weekend that crosses the period's end is paid in one period
 * only. What issued bases already paid counts first, so the quota and the ceiling hold across all of them.
 */
@Component
class BasisLines {

	private final WalkPayments walks;

	private final BasisStore store;

	BasisLines(WalkPayments walks, BasisStore store) {
		this.walks = walks;
		this.store = store;
	}

	List<Line> draw(Agreement agreement, long associationId, LocalDate from, LocalDate to) {
		CompensationRule rule = agreement.compensation();
		int margin = CompensationUnit.LARGEST_UNIT_SPAN_DAYS;
		List<WalkPayments.ApprovedWalk> approved = walks
			.approvedUnpaid(agreement.requiredId(), associationId, from.minusDays(margin), to.plusDays(margin))
			.stream()
			.filter(w -> inPeriod(rule.unit().unitDate(w.date()), from, to))
			.toList();
		Map<Long, WalkPayments.ApprovedWalk> byId = new HashMap<>();
		approved.forEach(w -> byId.put(w.walkId(), w));
		List<PayableUnit> units = rule.payableUnits(
				approved.stream().map(w -> new ApprovedWalk(w.walkId(), w.associationId(), w.date())).toList(),
				store.alreadyPaid(agreement.requiredId()));
		List<Line> lines = new ArrayList<>();
		for (PayableUnit unit : units) {
			int walkers = unit.walkIds().stream().mapToInt(id -> byId.get(id).walkers()).sum();
			int minutes = unit.walkIds().stream().mapToInt(id -> byId.get(id).minutes()).sum();
			lines.add(new Line(lines.size() + 1, unit.key(), unit.date(), unit.walkIds().stream().sorted().toList(), walkers, minutes,
					LineStatus.of(unit.status()), rule.rate().amount(), unit.amount().amount(), null));
		}
		return lines;
	}

	static boolean inPeriod(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	static BigDecimal total(List<Line> lines) {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	/** Whether two drawings pay the same walks the same amounts; counts may differ only if the night was corrected. */
	static boolean sameUnits(List<Line> now, List<Line> kept) {
		if (now.size() != kept.size()) {
			return false;
		}
		for (int i = 0; i < now.size(); i++) {
			Line a = now.get(i);
			Line b = kept.get(i);
			if (!a.walkIds().equals(b.walkIds()) || a.status() != b.status() || a.amount().compareTo(b.amount()) != 0) {
				return false;
			}
		}
		return true;
	}
}
