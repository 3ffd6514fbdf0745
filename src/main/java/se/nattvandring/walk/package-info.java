/**
 * Walks: planned singly or as a series, with a route from the place plan in force and a team of eligible walkers; the
 * {@link se.nattvandring.walk.Walk} aggregate owns every change of a walk's state. {@link se.nattvandring.walk.Walks}
 * is the API; {@link se.nattvandring.walk.WalkEvents} tells the modules that react.
 */
@NullMarked
@ApplicationModule(displayName = "Walk",
		allowedDependencies = { "shared", "identity", "agreement", "place", "volunteer" })
package se.nattvandring.walk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
