/**
 * Follow-up: does the partnership work? The figures of an agreement's period, the board's evaluation report and what
 * the extension is decided on. It counts what the district approved, from the walk module's statistics, and shows
 * only counts: the board's read-only role never sees a person. {@link se.nattvandring.followup.FollowUp} is the API.
 */
@NullMarked
@ApplicationModule(displayName = "Follow-up", allowedDependencies = { "shared", "identity", "agreement", "place", "walk", "payment" })
package se.nattvandring.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
