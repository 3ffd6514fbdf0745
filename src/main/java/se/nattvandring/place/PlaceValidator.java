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
		TextChecks.problem("name", draft.name(), true, 120).ifPresent(violations::add);
		coordinate("latitude", draft.latitude(), new BigDecimal("-90"), new BigDecimal("90"), SOUTH, NORTH, violations);
		coordinate("longitude", draft.longitude(), new BigDecimal("-180"), new BigDecimal("180"), WEST, EAST,
				violations);
		if (draft.kind() == null) {
			violations.add(new FieldViolation("kind", "error.required"));
		}
		if (draft.priority() == null || draft.priority() < 1 || draft.priority() > 3) {
			violations.add(new FieldViolation("priority", "error.range", 1, 3));
		}
		TextChecks.problem("note", draft.note(), false, 500).ifPresent(violations::add);
		if ((draft.importantFrom() == null) != (draft.importantTo() == null)) {
			violations.add(new FieldViolation(draft.importantFrom() == null ? "importantFrom" : "importantTo",
					"place.error.timesBoth"));
		}
		return violations;
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
