/**
 * The district's approval: the queue of reported walks with their criteria, and each decision (approve, return,
 * reject) with its reason and any override. It asks the walk module to take the step; {@link
 * se.nattvandring.approval.Decisions} is the API.
 */
@NullMarked
@ApplicationModule(displayName = "Approval", allowedDependencies = { "shared", "identity", "agreement", "walk" })
package se.nattvandring.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
