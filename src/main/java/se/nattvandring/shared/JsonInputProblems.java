package se.nattvandring.shared;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A JSON body that could not be read, as the field it went wrong at and why, in the caller's words. */
public final class JsonInputProblems {

	private JsonInputProblems() {
	}

	/** @return the field and the reason, when the reader knew where in the body it was */
	public static Optional<FieldViolation> of(JacksonException unreadable) {
		if (!(unreadable instanceof DatabindException mapping) || mapping.getPath().isEmpty()) {
			return Optional.empty();
		}
		if (mapping instanceof UnrecognizedPropertyException unknown) {
			String allowed = unknown.getKnownPropertyIds() == null ? ""
					: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
						.collect(Collectors.joining(", "));
			return Optional.of(new FieldViolation(field(mapping), "error.unknownField", allowed));
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
				.collect(Collectors.joining(", "));
			return Optional.of(new FieldViolation(field(mapping), "error.unknownValue", allowed));
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
