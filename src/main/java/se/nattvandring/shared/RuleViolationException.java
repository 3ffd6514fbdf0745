package se.nattvandring.shared;

/**
 * A step the domain refuses in the state things are in: approving twice, approving an old version, reporting before
 * checking out. The message key says why, in the user's language; the API answers 409 Conflict.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

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

	/** A fact about the refusal that an API caller can act on, given as a member of the problem detail. */
	public RuleViolationException with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public java.util.Map<String, Object> properties() {
		return java.util.Collections.unmodifiableMap(properties);
	}
}
