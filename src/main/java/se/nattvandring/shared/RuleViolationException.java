package se.nattvandring.shared;

/**
 * A step the domain refuses in the state things are in: approving twice, approving an old version, reporting before
 * checking out. The message key says why, in the user's language; the API answers 409 Conflict.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolationException(String messageKey, Object... arguments) {
		super("Refused: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
