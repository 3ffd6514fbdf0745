package se.nattvandring.shared;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;

/** Puts the domain's field violations on a form, each at its field, after any the binding itself found. */
public final class FieldErrors {

	private FieldErrors() {
	}

	/** @param formPath maps a violation's field path to the form's, where the two differ */
	public static void reject(BindingResult result, List<FieldViolation> violations, UnaryOperator<String> formPath) {
		for (FieldViolation violation : violations) {
			String field = formPath.apply(violation.field());
			// A field that failed to bind already says why; a second message about the same field only confuses.
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
			}
		}
	}
}
