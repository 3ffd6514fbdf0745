package se.nattvandring.identity;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the one pending payee change per organisation; a newer request replaces an older one. */
@Component
class PayeeChanges {

	private final JdbcClient jdbc;

	PayeeChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void request(PayeeChange change) {
		jdbc.sql("""
				insert into organisation_payee_change (organisation_id, organisation_number, bankgiro, plusgiro,
				  requested_by, requested_at)
				values (:org, :number, :bankgiro, :plusgiro, :by, :at)
				on conflict (organisation_id) do update set organisation_number = excluded.organisation_number,
				  bankgiro = excluded.bankgiro, plusgiro = excluded.plusgiro, requested_by = excluded.requested_by,
				  requested_at = excluded.requested_at""")
			.param("org", change.organisationId()).param("number", change.organisationNumber())
			.param("bankgiro", change.bankgiro()).param("plusgiro", change.plusgiro())
			.param("by", change.requestedBy()).param("at", Timestamp.from(change.requestedAt())).update();
	}

	void withdraw(long organisationId) {
		jdbc.sql("delete from organisation_payee_change where organisation_id = :org").param("org", organisationId)
			.update();
	}

	/** The organisations this district works with that wait for a payee change to be confirmed, oldest first. */
	java.util.List<Long> pendingForPartnersOf(long districtId) {
		return jdbc.sql("""
				select c.organisation_id from organisation_payee_change c
				join district_partner p on p.organisation_id = c.organisation_id and p.district_id = :district
				order by c.requested_at, c.organisation_id""").param("district", districtId).query(Long.class).list();
	}

	Optional<PayeeChange> pending(long organisationId) {
		return jdbc.sql("select * from organisation_payee_change where organisation_id = :org")
			.param("org", organisationId)
			.query((rs, row) -> new PayeeChange(rs.getLong("organisation_id"), rs.getString("organisation_number"),
					rs.getString("bankgiro"), rs.getString("plusgiro"), rs.getString("requested_by"),
					rs.getTimestamp("requested_at").toInstant()))
			.optional();
	}
}
