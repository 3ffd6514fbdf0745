package se.nattvandring.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;

/**
 * The attester's queue: every issued basis of the attester's own district that waits for an attest this person may
 * give (never one they prepared or issued), the oldest first. One statement on the issued bases' index.
 */
@Service
@Transactional(readOnly = true)
public class BasesToAttest {

	/** A basis waiting: whom it pays, for which period, how much, and since when. */
	public record Waiting(long basisId, long agreementId, String association, LocalDate from, LocalDate to,
			BigDecimal total, Instant issuedAt) {
	}

	static final int LIMIT = 50;

	private final JdbcClient jdbc;

	BasesToAttest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The bases this attester may attest: issued, and neither prepared nor issued by them. */
	public List<Waiting> waitingFor(CurrentUser user) {
		if (!user.has(Role.ATTESTER)) {
			return List.of();
		}
		return query(user, "and b.issued_by <> :username and b.prepared_by <> :username");
	}

	/** For the coordinator who issued them: every basis of the district that still waits for an attest. */
	public List<Waiting> issuedInDistrict(CurrentUser user) {
		if (!user.has(Role.DISTRICT_COORDINATOR)) {
			return List.of();
		}
		return query(user, "");
	}

	private List<Waiting> query(CurrentUser user, String notTheirOwn) {
		return jdbc.sql("""
				select b.id, b.agreement_id, o.name, b.period_from, b.period_to, b.total, b.issued_at
				from payment_basis b join organisation o on o.id = b.association_id
				where b.status = 'ISSUED' %s
				  and exists (select 1 from agreement_party p where p.agreement_id = b.agreement_id
				              and p.role = 'PRINCIPAL' and p.organisation_id = :org)
				order by b.issued_at, b.id limit :limit""".formatted(notTheirOwn)).param("username", user.username())
			.param("org", user.organisationId()).param("limit", LIMIT)
			.query((rs, row) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
					rs.getObject(7, Timestamp.class).toInstant()))
			.list();
	}
}
