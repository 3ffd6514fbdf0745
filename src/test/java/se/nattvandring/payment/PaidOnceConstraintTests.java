package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.support.IntegrationTest;

/**
 * The tables themselves, written to directly in SQL as no service would: a walk paid by two issued bases, and a
 * basis attested by the person who issued it, are both refused by PostgreSQL.
 */
@IntegrationTest
@Transactional
class PaidOnceConstraintTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noWalkIsPaidByTwoIssuedBases() {
		long walk = jdbc.sql("select min(walk_id) from payment_basis_walk where issued and paid").query(Long.class)
			.single();
		long second = basis("ISSUED", "distrikt", null);
		line(second, 1);

		walkOn(second, walk, false, true);
		assertThat(jdbc.sql("select count(*) from payment_basis_walk where walk_id = :walk").param("walk", walk)
			.query(Long.class).single()).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.sql("update payment_basis_walk set issued = true where basis_id = :id")
			.param("id", second).update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("payment_basis_walk_paid_once");
	}

	@Test
	void aDraftMayHoldAWalkThatIsPaidAndACreditMayTakeItBack() {
		long walk = jdbc.sql("select min(walk_id) from payment_basis_walk where issued and paid").query(Long.class)
			.single();
		long draft = basis("DRAFT", null, null);
		line(draft, 1);
		walkOn(draft, walk, false, true);
		long credit = basis("ISSUED", "distrikt", null);
		line(credit, 1);

		walkOn(credit, walk, true, false);

		assertThat(jdbc.sql("select count(*) from payment_basis_walk where walk_id = :walk").param("walk", walk)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void nobodyAttestsTheBasisTheyIssued() {
		assertThatThrownBy(() -> basis("ATTESTED", "distrikt", "distrikt"))
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("payment_basis_attested_by_another");
	}

	@Test
	void anotherPersonAttests() {
		assertThat(basis("ATTESTED", "distrikt", "chef")).isPositive();
	}

	private long basis(String status, String issuedBy, String attestedBy) {
		return jdbc.sql("""
				insert into payment_basis (version, agreement_id, association_id, period_from, period_to, status, mode,
				  total, prepared_by, prepared_at, issued_by, issued_at, attested_by, attested_at)
				values (0, 1, 2, date '2024-09-01', date '2024-09-30', :status, 'PAYOUT', 1700, 'distrikt', now(),
				  cast(:issuedBy as text), case when cast(:issuedBy as text) is null then null else now() end,
				  cast(:attestedBy as text), case when cast(:attestedBy as text) is null then null else now() end)
				returning id""").param("status", status).param("issuedBy", issuedBy).param("attestedBy", attestedBy)
			.query(Long.class).single();
	}

	private void line(long basis, int position) {
		jdbc.sql("""
				insert into payment_basis_line (basis_id, position, unit_key, unit_date, walks, walkers, minutes, status,
				  rate, amount) values (:basis, :position, 'walk:1', date '2024-09-06', 1, 3, 240, 'PAYABLE', 1700, 1700)
				""").param("basis", basis).param("position", position).update();
	}

	private void walkOn(long basis, long walk, boolean issued, boolean paid) {
		jdbc.sql("""
				insert into payment_basis_walk (basis_id, position, walk_id, paid, issued)
				values (:basis, 1, :walk, :paid, :issued)""").param("basis", basis).param("walk", walk)
			.param("paid", paid).param("issued", issued).update();
	}
}
