package se.nattvandring.shared;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail to send. {@code dedupeKey} makes it go once however often it is asked for; {@code walkerId} ties it to a
 * walker's register extract; {@code carriesSecret} marks a sign-in link, whose text is not kept outside demo mode.
 */
public record OutgoingMail(String dedupeKey, String recipient, String subject, String body,
		@Nullable Long walkerId, boolean carriesSecret) {
}
