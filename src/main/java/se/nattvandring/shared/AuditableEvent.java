package se.nattvandring.shared;

import java.util.Map;

/**
 * An event that changes state someone may later have to account for. The audit module appends every one of them to
 * its trail, so a module records history by publishing, without knowing that the audit module exists.
 */
public interface AuditableEvent {

	/** The kind of entity, such as {@code agreement}. */
	String entityType();

	String entityId();

	/** What happened, as a message-key suffix such as {@code created} or {@code changed}. */
	String action();

	/** Field name to {@code [before, after]} for a change, or to the value for a creation. */
	Map<String, ?> changes();
}
