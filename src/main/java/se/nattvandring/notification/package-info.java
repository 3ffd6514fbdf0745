/**
 * What the product sends: e-mail (kept in a log that admins read, and in demo mode never sent), reminders to walkers
 * and contacts, and the secret iCalendar feeds. It listens to the modules below it and is called by none of them
 * except through {@link se.nattvandring.shared.Mailbox}.
 */
@NullMarked
@ApplicationModule(displayName = "Notification",
		allowedDependencies = { "shared", "identity", "agreement", "volunteer", "walk" })
package se.nattvandring.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
