package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PaymentRule;
import se.nattvandring.agreement.PaymentRule.PayableUnit;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.payment.PaymentBasis.Line;
import se.nattvandring.payment.PaymentBasis.LineStatus;
import se.nattvandring.walk.WalkPayments;

/**
 * Draws a basis's lines from the agreement's own {@link PaymentRule}, after what the ledger already holds. A unit
 * belongs to the period that holds its date, so an evening or a weekend that crosses the period's end is paid in one
 * period only; a block gathers every occasion still waiting up to the period's end.
 */
@Component
class BasisLines {

	/** A drawing: the lines, and the units behind them, which the ledger holds once the basis is issued. */
	record Drawing(List<Line> lines, List<PayableUnit> units) {
	}

	private final WalkPayments walks;

	private final PaymentLedger ledger;

	private final Organisations organisations;

	BasisLines(WalkPayments walks, PaymentLedger ledger, Organisations organisations) {
		this.walks = walks;
		this.ledger = ledger;
		this.organisations = organisations;
	}

	Drawing draw(Agreement agreement, long associationId, LocalDate from, LocalDate to) {
		PaymentRule rule = agreement.paymentRule();
		int margin = CompensationUnit.LARGEST_UNIT_SPAN_DAYS;
		// A block gathers what waits from the term's start; a single unit lies within a unit's span of the period.
		boolean blocks = rule.current().blockSize() > 1 || rule.earlier().stream().anyMatch(v -> v.blockSize() > 1);
		LocalDate readFrom = blocks ? rule.term().start() : from.minusDays(margin);
		List<WalkPayments.ApprovedWalk> approved = walks.approvedUnpaid(agreement.requiredId(), associationId,
				readFrom, to.plusDays(margin));
		Map<Long, WalkPayments.ApprovedWalk> byId = new HashMap<>();
		approved.forEach(w -> byId.put(w.walkId(), w));
		List<PaymentRule.ApprovedWalk> candidates = approved.stream()
			.map(w -> new PaymentRule.ApprovedWalk(w.walkId(), w.associationId(), w.date(), w.walkers())).toList();
		List<String> keys = candidates.stream().map(w -> rule.occasionKey(w.walkId(), w.walkDate())).toList();
		boolean vat = organisations.byId(associationId).map(Organisation::vatRegistered).orElse(false);
		List<PayableUnit> units = rule.payableUnits(candidates,
				ledger.read(agreement.requiredId(), associationId, keys), from, to,
				vat ? Set.of(associationId) : Set.of());
		List<Line> lines = new ArrayList<>();
		for (PayableUnit unit : units) {
			int walkers = unit.walkIds().stream().mapToInt(id -> byId.get(id).walkers()).sum();
			int minutes = unit.walkIds().stream().mapToInt(id -> byId.get(id).minutes()).sum();
			lines.add(new Line(lines.size() + 1, unit.key(), unit.date(), unit.walkIds().stream().sorted().toList(),
					walkers, minutes, LineStatus.valueOf(unit.status().name()), unit.rate().amount(),
					unit.amount().amount(), null, unit.paidBy()));
		}
		return new Drawing(lines, units);
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
			if (!a.walkIds().equals(b.walkIds()) || a.status() != b.status() || a.amount().compareTo(b.amount()) != 0
					|| !a.unitKey().equals(b.unitKey())) {
				return false;
			}
		}
		return true;
	}
}
