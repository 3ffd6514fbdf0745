package se.nattvandring.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting lists, read in two statements however many meetings they hold: the repository's derived queries would
 * read each meeting's decisions with a statement of its own.
 */
interface DialogueMeetingReads {

	List<DialogueMeeting> latestOfAgreement(long agreementId, int limit);

	List<DialogueMeeting> heldBetween(long agreementId, LocalDate from, LocalDate to);
}
