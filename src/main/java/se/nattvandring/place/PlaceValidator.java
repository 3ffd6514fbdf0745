package se.nattvandring.place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.TextChecks;

/** What a place must be: named, in Sweden, and described without personal data. */
final class PlaceValidator {

	/** Sweden's bounding box; a position outside it is a typing slip, such as latitude and longitude swapped. */
	static final BigDecimal SOUTH = new BigDecimal("55.0");

	static final BigDecimal NORTH = new BigDecimal("69.1");

	static final BigDecimal WEST = new BigDecimal("10.9");

	static final BigDecimal EAST = new BigDecimal("24.2");

	private PlaceValidator() {
	}

	static List<FieldViolation> validate(PlaceDraft draft) {
		List<FieldViolation> violations = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			violations.add(new FieldViolation("name", "error.required"));
		}
		else if (draft.name().length() > 120) {
			violations.add(new FieldViolation("name", "error.tooLong", 120));
		}
		else {
			text("name", draft.name(), violations);
		}
		coordinate("latitude", draft.latitude(), new BigDecimal("-90"), new BigDecimal("90"), SOUTH, NORTH, violations);
		coordinate("longitude", draft.longitude(), new BigDecimal("-180"), new BigDecimal("180"), WEST, EAST,
				violations);
		if (draft.kind() == null) {
			violations.add(new FieldViolation("kind", "error.required"));
		}
		if (draft.priority() == null || draft.priority() < 1 || draft.priority() > 3) {
			violations.add(new FieldViolation("priority", "error.range", 1, 3));
		}
		if (draft.note() != null && draft.note().length() > 500) {
			violations.add(new FieldViolation("note", "error.tooLong", 500));
		}
		else {
			text("note", draft.note(), violations);
		}
		if ((draft.importantFrom() == null) != (draft.importantTo() == null)) {
			violations.add(new FieldViolation(draft.importantFrom() == null ? "importantFrom" : "importantTo",
					"place.error.timesBoth"));
		}
		return violations;
	}

	private static void text(String field, @Nullable String value, List<FieldViolation> violations) {
		if (TextChecks.containsMarkup(value)) {
			violations.add(new FieldViolation(field, "error.markup"));
		}
		else if (TextChecks.looksLikePersonnummer(value)) {
			violations.add(new FieldViolation(field, "error.personnummer"));
		}
	}

	private static void coordinate(String field, @Nullable BigDecimal value, BigDecimal min, BigDecimal max,
			BigDecimal swedenMin, BigDecimal swedenMax, List<FieldViolation> violations) {
		if (value == null) {
			violations.add(new FieldViolation(field, "error.required"));
		}
		else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			violations.add(new FieldViolation(field, "place.error." + field + ".range"));
		}
		else if (value.compareTo(swedenMin) < 0 || value.compareTo(swedenMax) > 0) {
			violations.add(new FieldViolation(field, "place.error.outsideSweden"));
		}
	}
}
