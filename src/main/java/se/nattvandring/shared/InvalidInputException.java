package se.nattvandring.shared;

import java.util.List;

/**
 * Input that breaks a rule the domain owns (an end before its start, a duplicate case number). Thrown before anything
 * is written, so nothing is half-saved; the web layer puts each violation at its field, the API into problem details.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super("Invalid input: " + violations.stream().map(FieldViolation::field).toList());
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		this(List.of(new FieldViolation(field, messageKey, arguments)));
	}

	public List<FieldViolation> violations() {
		return violations;
	}
}
