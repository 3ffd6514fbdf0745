package se.nattvandring.approval;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a submitted report in its district's queue, with the agreement's criteria on the night as recorded. A report
 * submitted again after a return waits again; one already decided since it came in is kept as decided.
 */
@Component
class DecisionQueue {

	private final WalkDecisions walks;

	private final Agreements agreements;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DecisionQueue(WalkDecisions walks, Agreements agreements, JdbcClient jdbc, JsonMapper json) {
		this.walks = walks;
		this.agreements = agreements;
		this.jdbc = jdbc;
		this.json = json;
	}

	@ApplicationModuleListener
	void on(WalkEvents.ReportSubmitted submitted) {
		CriteriaEvaluation criteria = walks.criteriaOnSubmission(submitted.walkId());
		long principal = agreements.principalOf(submitted.agreementId()).orElseThrow();
		// A decision taken before this reaction ran has already settled the report: the row is kept, as decided.
		jdbc.sql("""
				insert into decision_queue (walk_id, agreement_id, association_id, principal_id, walk_date,
				                            reported_at, criteria_met, criteria, decided_at)
				values (:walk, :agreement, :association, :principal, :date, :at, :met, cast(:criteria as jsonb),
				        (select max(d.decided_at) from walk_decision d where d.walk_id = :walk and d.decided_at >= :at))
				on conflict (walk_id) do update set reported_at = excluded.reported_at,
				  criteria_met = excluded.criteria_met, criteria = excluded.criteria, decided_at = excluded.decided_at
				where decision_queue.reported_at < excluded.reported_at
				""").param("walk", submitted.walkId()).param("agreement", submitted.agreementId())
			.param("association", submitted.associationId()).param("principal", principal)
			.param("date", submitted.date()).param("at", Timestamp.from(submitted.at()))
			.param("met", criteria.allMet()).param("criteria", json.writeValueAsString(criteria.results())).update();
	}
}
