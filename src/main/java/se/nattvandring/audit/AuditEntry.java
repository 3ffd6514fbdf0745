package se.nattvandring.audit;

import java.time.Instant;
import java.util.Map;

/** One line of the trail: who did what to which entity, when (UTC), and what changed. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
		Map<String, Object> changes) {
}
