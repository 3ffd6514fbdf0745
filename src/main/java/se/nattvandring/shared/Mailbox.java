package se.nattvandring.shared;

/**
 * Sends e-mail for any module. The notification module implements it, so that modules below it (identity, volunteer)
 * can send a sign-in link without depending on the module that listens to them.
 */
public interface Mailbox {

	/** @return false when a mail with the same dedupe key was already sent */
	boolean send(OutgoingMail mail);
}
