package se.nattvandring.payment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.PaidWalks;
import se.nattvandring.agreement.PaymentRule.Ledger;
import se.nattvandring.agreement.PaymentRule.PayableUnit;
import se.nattvandring.agreement.PaymentRule.UnitStatus;
import se.nattvandring.shared.Money;

/**
 * The ledger of settled units, written when a basis is issued and read by every drawing, the budget and its forecast.
 * Its primary key (agreement, association, unit) is what makes paying a unit twice impossible: the service refuses
 * first with a reason, and the table refuses whatever the service does.
 */
@Component
class PaymentLedger implements PaidWalks {

	private final JdbcClient jdbc;

	PaymentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issuing is serialised per agreement: a second basis of the same agreement waits here until the first one's
	 * transaction ends, and then draws against the ledger as that one left it, so the ceiling holds.
	 */
	void lockForIssue(long agreementId) {
		jdbc.sql("select pg_advisory_xact_lock(7305, cast(:agreement as integer))").param("agreement", agreementId)
			.query((rs, row) -> 0).list();
	}

	/**
	 * What the ledger holds for a drawing: which of these keys are settled and by which basis, and the units, money
	 * and blocks the agreement has paid, credits taken off.
	 * @param associationId null for every association of the agreement
	 */
	Ledger read(long agreementId, @Nullable Long associationId, Collection<String> keys) {
		Map<String, Long> held = new HashMap<>();
		if (!keys.isEmpty()) {
			jdbc.sql("""
					select association_id, unit_key, basis_id from payment_ledger
					where agreement_id = :agreement and (cast(:association as bigint) is null or association_id = :association)
					  and unit_key in (:keys)""").param("agreement", agreementId).param("association", associationId)
				.param("keys", keys).query(rs -> {
					held.put(Ledger.heldKey(rs.getLong(1), rs.getString(2)), rs.getLong(3));
				});
		}
		Map<Long, Integer> units = new HashMap<>();
		Map<Long, Integer> blocks = new HashMap<>();
		Money[] total = { Money.ZERO };
		jdbc.sql("""
				select association_id,
				       count(*) filter (where is_unit and amount > 0 and credited_by is null) as units,
				       count(*) filter (where is_unit and unit_key like 'block:%') as blocks,
				       coalesce(sum(amount) filter (where credited_by is null), 0) as amount
				from payment_ledger where agreement_id = :agreement group by association_id""")
			.param("agreement", agreementId).query(rs -> {
				units.put(rs.getLong("association_id"), rs.getInt("units"));
				blocks.put(rs.getLong("association_id"), rs.getInt("blocks"));
				total[0] = total[0].plus(new Money(rs.getBigDecimal("amount")));
			});
		return new Ledger(held, units, total[0], blocks);
	}

	/**
	 * Holds the units an issued basis settles: each paid or left-over unit, and for a block each of its occasions.
	 * A unit joined to one already paid is not held again; it names the basis that holds it.
	 * @throws org.springframework.dao.DuplicateKeyException when another basis already holds one of them
	 */
	void hold(PaymentBasis basis, List<PayableUnit> units) {
		for (PaymentBasis.Line line : basis.lines()) {
			PayableUnit unit = units.stream().filter(u -> u.key().equals(line.unitKey())
					&& u.walkIds().stream().sorted().toList().equals(line.walkIds())).findFirst().orElseThrow();
			if (unit.status() != UnitStatus.PAYABLE && unit.status() != UnitStatus.INCOMPLETE_BLOCK) {
				continue;
			}
			insert(basis, line.position(), unit.key(), true, line.amount());
			for (String occasion : unit.occasionKeys()) {
				if (!occasion.equals(unit.key())) {
					insert(basis, line.position(), occasion, false, java.math.BigDecimal.ZERO);
				}
			}
		}
	}

	private void insert(PaymentBasis basis, int position, String key, boolean isUnit, java.math.BigDecimal amount) {
		jdbc.sql("""
				insert into payment_ledger (agreement_id, association_id, unit_key, basis_id, position, is_unit, amount)
				values (:agreement, :association, :key, :basis, :position, :unit, :amount)""")
			.param("agreement", basis.agreementId()).param("association", basis.associationId()).param("key", key)
			.param("basis", basis.id()).param("position", position).param("unit", isUnit).param("amount", amount)
			.update();
	}

	/** The units an issued correction takes back: still settled, no longer counted as paid. */
	void credit(PaymentBasis correction) {
		for (PaymentBasis.Line line : correction.lines()) {
			jdbc.sql("""
					update payment_ledger set credited_by = :correction
					where agreement_id = :agreement and association_id = :association and unit_key = :key
					  and basis_id = :original and credited_by is null""")
				.param("correction", correction.id()).param("agreement", correction.agreementId())
				.param("association", correction.associationId()).param("key", line.unitKey())
				.param("original", line.creditsBasis()).update();
		}
	}

	@Override
	public Optional<LocalDate> lastPaidWalkDate(long agreementId) {
		List<LocalDate> dates = jdbc.sql("""
				select max(l.unit_date) from payment_basis b join payment_basis_line l on l.basis_id = b.id
				where b.agreement_id = :agreement and b.status <> 'DRAFT' and l.status in ('PAYABLE', 'INCOMPLETE_BLOCK')""")
			.param("agreement", agreementId).query(LocalDate.class).list();
		return dates.isEmpty() ? Optional.empty() : Optional.ofNullable(dates.get(0));
	}
}
