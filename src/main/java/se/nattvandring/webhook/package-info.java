/**
 * Webhooks: an organisation's administrator or coordinator registers endpoints for the events it may see (a walk
 * reported, decided or returned, a basis issued or attested, a place plan in force, an agreement revised or
 * extended). Deliveries follow the Standard Webhooks specification: signed with HMAC-SHA256, retried with backoff
 * from a durable queue filled through the event publication registry, logged attempt by attempt, and an endpoint that
 * keeps failing is switched off. A payload carries ids and counts only; the receiver fetches what it may see.
 */
@NullMarked
@ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "shared", "identity", "agreement", "walk", "payment", "place" })
package se.nattvandring.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
