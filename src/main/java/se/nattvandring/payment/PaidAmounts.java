package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the district has paid for a period's units, for the follow-up's cost per walk: the payable and credit lines of
 * issued and attested bases whose unit falls in the period. One statement on the basis table's agreement index.
 */
@Service
@Transactional(readOnly = true)
public class PaidAmounts {

	private final JdbcClient jdbc;

	PaidAmounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param associationId null for all the agreement's associations */
	public BigDecimal paidFor(long agreementId, @Nullable Long associationId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select coalesce(sum(l.amount), 0) from payment_basis b join payment_basis_line l on l.basis_id = b.id
				where b.agreement_id = :agreement and b.status in ('ISSUED', 'ATTESTED')
				  and (cast(:association as bigint) is null or b.association_id = :association)
				  and l.status in ('PAYABLE', 'CREDIT') and l.unit_date between :from and :to""")
			.param("agreement", agreementId).param("association", associationId).param("from", from).param("to", to)
			.query(BigDecimal.class).single();
	}
}
