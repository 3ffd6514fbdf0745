package se.nattvandring.shared;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/** A JSON body that could not be read, as the field it went wrong at and why, in the caller's words. */
public final class JsonInputProblems {

	private JsonInputProblems() {
	}

	/** @return the field and the reason, when the reader knew where in the body it was */
	public static Optional<FieldViolation> of(JacksonException unreadable) {
		if (!(unreadable instanceof DatabindException mapping) || mapping.getPath().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FieldViolation(field(mapping), reason(mapping)));
	}

	/** The field as the caller wrote it, such as {@code placeIds[0]}. */
	private static String field(DatabindException mapping) {
		StringBuilder field = new StringBuilder();
		for (var step : mapping.getPath()) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String reason(DatabindException mapping) {
		if (mapping instanceof StrictJsonConfiguration.ForbiddenCharactersException) {
			return "error.forbiddenCharacters";
		}
		if (mapping instanceof InvalidNullException) {
			return "error.nullValue";
		}
		return "error.wrongType";
	}
}
