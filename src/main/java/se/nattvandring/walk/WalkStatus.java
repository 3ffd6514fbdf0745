package se.nattvandring.walk;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A walk's place in its life; see {@link Walk} for the steps between them. */
public enum WalkStatus {
	PLANNED, CANCELLED, IN_PROGRESS, COMPLETED, REPORTED, RETURNED, APPROVED, REJECTED, PAID;

	/** The status in the user's words ("Genomförd"), as a message argument: the constant's name never reaches them. */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable("walkStatus." + name());
	}
}
