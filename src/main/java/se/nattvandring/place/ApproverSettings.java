package se.nattvandring.place;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.place.PlacePlan.PlanParty;
import se.nattvandring.shared.InvalidInputException;

/**
 * Which parties must approve an agreement's place plans. The seed decision names them: each association,
 * Nattvandring.nu and the field assistants, so by default every party but the principal; a coordinator may narrow it.
 */
@Component
class ApproverSettings {

	private final JdbcClient jdbc;

	ApproverSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PlanParty> requiredParties(AgreementDocument agreement) {
		List<PlanParty> configured = jdbc.sql("""
				select organisation_id, role from place_approver where agreement_id = :a
				order by role, organisation_id""")
			.param("a", agreement.id())
			.query((rs, i) -> new PlanParty(rs.getLong(1), PartyRole.valueOf(rs.getString(2))))
			.list();
		// A configured party that has since left the agreement no longer has a say.
		List<PlanParty> parties = agreement.parties().stream()
			.filter(p -> p.role() != PartyRole.PRINCIPAL)
			.map(p -> new PlanParty(p.organisationId(), p.role()))
			.toList();
		return configured.isEmpty() ? parties : configured.stream().filter(parties::contains).toList();
	}

	void configure(AgreementDocument agreement, List<PlanParty> chosen) {
		var allowed = agreement.parties().stream().map(p -> new PlanParty(p.organisationId(), p.role())).toList();
		if (chosen.isEmpty() || !allowed.containsAll(chosen)) {
			throw new InvalidInputException("approvers", "placePlan.error.approvers");
		}
		jdbc.sql("delete from place_approver where agreement_id = :a").param("a", agreement.id()).update();
		for (PlanParty party : chosen) {
			jdbc.sql("insert into place_approver (agreement_id, organisation_id, role) values (:a, :o, :r)")
				.param("a", agreement.id()).param("o", party.organisationId()).param("r", party.role().name())
				.update();
		}
	}
}
