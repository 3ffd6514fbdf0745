package se.nattvandring.shared;

/**
 * A repeated Idempotency-Key that cannot be answered with the stored result: still being processed (409), or used
 * before with a different request (422), as the IETF Idempotency-Key draft says.
 */
public class IdempotencyException extends RuntimeException {

	public enum Reason {
		IN_PROGRESS, REUSED_WITH_OTHER_REQUEST
	}

	private final Reason reason;

	public IdempotencyException(Reason reason) {
		super("Idempotency-Key " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
