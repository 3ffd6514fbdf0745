/**
 * The start page for each role, with real figures from the user's agreements, and the public pages every Swedish
 * public-sector service must have: the accessibility statement and the privacy notice.
 */
@NullMarked
@ApplicationModule(displayName = "Home", allowedDependencies = { "shared", "identity", "agreement", "place", "volunteer", "walk", "approval",
		"payment" })
package se.nattvandring.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
