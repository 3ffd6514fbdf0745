/**
 * The places the walks visit, and the place plan (platsöverenskommelse): a versioned list of places for an agreement
 * that is in force only once every required party has approved it. {@link se.nattvandring.place.PlacePlans#inForceOn}
 * answers which plan applied on a date.
 */
@NullMarked
@ApplicationModule(displayName = "Place", allowedDependencies = { "shared", "identity", "agreement" })
package se.nattvandring.place;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
