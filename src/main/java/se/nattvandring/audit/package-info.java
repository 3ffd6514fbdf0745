/**
 * The append-only audit trail. It listens to every {@link se.nattvandring.shared.AuditableEvent} in the transaction
 * that publishes it, so a change and its trail entry commit together or not at all.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package se.nattvandring.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
