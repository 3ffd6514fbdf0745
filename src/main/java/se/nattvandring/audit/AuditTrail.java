package se.nattvandring.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.AuditableEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends every auditable event and reads an entity's history back, newest first, a page at a time. */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Runs inside the publisher's transaction; joining it is the point. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void append(AuditableEvent event) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
				values (:at, :actor, :type, :id, :action, cast(:changes as jsonb))""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("actor", currentActor())
			.param("type", event.entityType())
			.param("id", event.entityId())
			.param("action", event.action())
			.param("changes", json.writeValueAsString(event.changes()))
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

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}
}
