package se.nattvandring.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.modulith.events.ApplicationModuleListener;

import se.nattvandring.shared.AuditRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends every auditable change, as the shared module stamped it, and reads an entity's history back, newest first, a page at a time. */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Appends a change after it has committed, with the actor and time it was stamped with when it was published. A
	 * change rolled back is never appended; an append that fails stays in the registry and is retried.
	 */
	@ApplicationModuleListener
	void append(AuditRecord record) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
				values (:at, :actor, :type, :id, :action, cast(:changes as jsonb))""")
			.param("at", java.sql.Timestamp.from(record.occurredAt()))
			.param("actor", record.actor())
			.param("type", record.entityType())
			.param("id", record.entityId())
			.param("action", record.action())
			.param("changes", json.writeValueAsString(record.changes()))
			.update();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, String entityId, int limit) {
		return jdbc.sql("""
				select id, occurred_at, actor, entity_type, entity_id, action, changes::text as changes
				from audit_entry where entity_type = :type and entity_id = :id
				order by occurred_at desc, id desc limit :limit""")
			.param("type", entityType)
			.param("id", entityId)
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("action"), json.readValue(rs.getString("changes"), MAP)))
			.list();
	}
}
