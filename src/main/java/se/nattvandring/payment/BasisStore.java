package se.nattvandring.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.nattvandring.payment.PaymentBasis.Line;
import se.nattvandring.payment.PaymentBasis.LineStatus;

/** Keeps payment bases in three tables; a basis loads in two statements whatever its number of lines. */
@Repository
class BasisStore {

	private final JdbcClient jdbc;

	BasisStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PaymentBasis basis) {
		long id = jdbc.sql("""
				insert into payment_basis (version, agreement_id, association_id, period_from, period_to, corrects_id,
				  reason, status, mode, total, prepared_by, prepared_at)
				values (0, :agreement, :association, :from, :to, :corrects, :reason, 'DRAFT', :mode, :total, :by, :at)
				returning id""").param("agreement", basis.agreementId()).param("association", basis.associationId())
			.param("from", basis.from()).param("to", basis.to()).param("corrects", basis.correctsId())
			.param("reason", basis.reason()).param("mode", basis.mode().name()).param("total", basis.total())
			.param("by", basis.preparedBy()).param("at", Timestamp.from(basis.preparedAt())).query(Long.class).single();
		insertLines(id, basis.lines());
		return id;
	}

	private void insertLines(long id, List<Line> lines) {
		for (Line line : lines) {
			jdbc.sql("""
					insert into payment_basis_line (basis_id, position, unit_key, unit_date, walks, walkers, minutes,
					  status, rate, amount, credits_basis, paid_by_basis)
					values (:id, :position, :key, :date, :walks, :walkers, :minutes, :status, :rate, :amount, :credits,
					  :paidBy)""")
				.param("id", id).param("position", line.position()).param("key", line.unitKey())
				.param("date", line.date()).param("walks", line.walkIds().size()).param("walkers", line.walkers())
				.param("minutes", line.minutes()).param("status", line.status().name()).param("rate", line.rate())
				.param("amount", line.amount()).param("credits", line.creditsBasis())
				.param("paidBy", line.paidByBasis()).update();
			for (long walkId : line.walkIds()) {
				jdbc.sql("""
						insert into payment_basis_walk (basis_id, position, walk_id, paid)
						values (:id, :position, :walk, :paid)""").param("id", id).param("position", line.position())
					.param("walk", walkId).param("paid", line.settles()).update();
			}
		}
	}

	/** A draft's lines and total replaced, as the walks and the rule stand now. */
	void replaceLines(PaymentBasis draft, List<Line> lines, BigDecimal total) {
		bumpVersion(draft, "total = :total", Map.of("total", total));
		jdbc.sql("delete from payment_basis_line where basis_id = :id").param("id", draft.id()).update();
		insertLines(draft.id(), lines);
	}

	void markIssued(PaymentBasis issued) {
		bumpVersion(issued, "status = 'ISSUED', issued_by = :by, issued_at = :at",
				Map.of("by", issued.issuedBy(), "at", Timestamp.from(issued.issuedAt())));
		// The partial unique index refuses here if another issued basis already paid one of these walks.
		jdbc.sql("update payment_basis_walk set issued = true where basis_id = :id").param("id", issued.id()).update();
	}

	void markAttested(PaymentBasis attested) {
		bumpVersion(attested, "status = 'ATTESTED', attested_by = :by, attested_at = :at",
				Map.of("by", attested.attestedBy(), "at", Timestamp.from(attested.attestedAt())));
	}

	void delete(PaymentBasis draft) {
		int deleted = jdbc.sql("delete from payment_basis where id = :id and version = :version and status = 'DRAFT'")
			.param("id", draft.id()).param("version", draft.version()).update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("Payment basis " + draft.id() + " changed meanwhile");
		}
	}

	private void bumpVersion(PaymentBasis basis, String set, Map<String, ?> params) {
		var sql = jdbc.sql("update payment_basis set version = version + 1, " + set
				+ " where id = :id and version = :version").param("id", basis.id()).param("version", basis.version());
		for (var param : params.entrySet()) {
			sql = sql.param(param.getKey(), param.getValue());
		}
		if (sql.update() == 0) {
			throw new OptimisticLockingFailureException("Payment basis " + basis.id() + " changed meanwhile");
		}
	}

	Optional<PaymentBasis> find(long id) {
		return list("where b.id = :id", Map.of("id", id), 1, 0).stream().findFirst();
	}

	/** The newest first; {@code association} null for all of the agreement's. */
	List<PaymentBasis> ofAgreement(long agreementId, @Nullable Long association, int limit, int offset) {
		return list("where b.agreement_id = :agreement and (cast(:association as bigint) is null or b.association_id = :association)",
				mapOf("agreement", agreementId, "association", association), limit, offset);
	}

	long countOfAgreement(long agreementId, @Nullable Long association) {
		return jdbc.sql("""
				select count(*) from payment_basis b where b.agreement_id = :agreement
				and (cast(:association as bigint) is null or b.association_id = :association)""")
			.param("agreement", agreementId).param("association", association).query(Long.class).single();
	}

	private List<PaymentBasis> list(String where, Map<String, ?> params, int limit, int offset) {
		var sql = jdbc.sql("""
				select b.* from payment_basis b %s order by b.period_from desc, b.id desc limit :limit offset :offset
				""".formatted(where)).param("limit", limit).param("offset", offset);
		for (var param : params.entrySet()) {
			sql = sql.param(param.getKey(), param.getValue());
		}
		List<PaymentBasis> bases = sql.query((rs, row) -> new PaymentBasis(rs.getLong("id"), rs.getInt("version"),
				rs.getLong("agreement_id"), rs.getLong("association_id"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), (Long) rs.getObject("corrects_id"), rs.getString("reason"),
				BasisStatus.valueOf(rs.getString("status")), PaymentMode.valueOf(rs.getString("mode")),
				rs.getBigDecimal("total"), rs.getString("prepared_by"), instant(rs.getTimestamp("prepared_at")),
				rs.getString("issued_by"), instant(rs.getTimestamp("issued_at")), rs.getString("attested_by"),
				instant(rs.getTimestamp("attested_at")), List.of())).list();
		if (bases.isEmpty()) {
			return bases;
		}
		Map<Long, List<Line>> lines = lines(bases.stream().map(PaymentBasis::id).toList());
		return bases.stream().map(b -> new PaymentBasis(b.id(), b.version(), b.agreementId(), b.associationId(),
				b.from(), b.to(), b.correctsId(), b.reason(), b.status(), b.mode(), b.total(), b.preparedBy(),
				b.preparedAt(), b.issuedBy(), b.issuedAt(), b.attestedBy(), b.attestedAt(),
				lines.getOrDefault(b.id(), List.of()))).toList();
	}

	private Map<Long, List<Line>> lines(List<Long> basisIds) {
		Map<Long, List<Line>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select l.*, array(select w.walk_id from payment_basis_walk w
				                  where w.basis_id = l.basis_id and w.position = l.position order by w.walk_id) as walk_ids
				from payment_basis_line l where l.basis_id in (:ids) order by l.basis_id, l.position""")
			.param("ids", basisIds).query(rs -> {
				Long[] walkIds = (Long[]) rs.getArray("walk_ids").getArray();
				lines.computeIfAbsent(rs.getLong("basis_id"), k -> new java.util.ArrayList<>())
					.add(new Line(rs.getInt("position"), rs.getString("unit_key"),
							rs.getObject("unit_date", LocalDate.class), List.of(walkIds), rs.getInt("walkers"),
							rs.getInt("minutes"), LineStatus.valueOf(rs.getString("status")), rs.getBigDecimal("rate"),
							rs.getBigDecimal("amount"), (Long) rs.getObject("credits_basis"),
							(Long) rs.getObject("paid_by_basis")));
			});
		return lines;
	}

	private static Map<String, Object> mapOf(String k1, Object v1, String k2, @Nullable Object v2) {
		Map<String, Object> map = new HashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
