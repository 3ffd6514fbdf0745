package se.nattvandring.shared;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who and when belong to the change, not to its later reaction: a listener that runs after the commit, on another
 * thread, or again after a restart, no longer knows them. So each auditable event is stamped as it is published, in
 * the publisher's transaction, and the stamp travels through the event publication registry.
 */
@Component
class AuditStamping {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditStamping(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void stamp(AuditableEvent event) {
		events.publishEvent(new AuditRecord(currentActor(), clock.instant(), event.entityType(), event.entityId(),
				event.action(), event.changes()));
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}
}
