/**
 * IOP agreements as data: parties and their roles, period and extensions, the {@link CompensationRule} and the
 * {@link CompletionCriteria} that decide what a completed walk is and what it pays. Every other module reads its rules
 * from here instead of carrying its own copy.
 */
@NullMarked
@ApplicationModule(displayName = "Agreement", allowedDependencies = { "shared", "identity", "audit" })
package se.nattvandring.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
