package se.nattvandring.walk;

/** A walk's place in its life; see {@link Walk} for the steps between them. */
public enum WalkStatus {
	PLANNED, CANCELLED, IN_PROGRESS, COMPLETED, REPORTED, RETURNED, APPROVED, REJECTED, PAID
}
