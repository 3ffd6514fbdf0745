package se.nattvandring.shared;

import java.time.Instant;
import java.util.Map;

/**
 * An {@link AuditableEvent} stamped, at the moment it was published, with who made the change and when. The audit
 * module appends it to the trail after the change commits, through the event publication registry, so a reaction
 * that fails is retried with the same actor and time.
 */
public record AuditRecord(String actor, Instant occurredAt, String entityType, String entityId, String action,
		Map<String, ?> changes) {

	public AuditRecord {
		changes = Map.copyOf(changes);
	}
}
