package se.nattvandring.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one check of a period asked for by date: a start ({@code from}) and an end ({@code to}), both given, the end
 * not before the start. Spot checks, payment bases and the follow-up ask it the same way.
 */
public final class PeriodChecks {

	private PeriodChecks() {
	}

	public static List<FieldViolation> problems(@Nullable LocalDate from, @Nullable LocalDate to) {
		List<FieldViolation> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new FieldViolation("from", "error.required"));
		}
		if (to == null) {
			problems.add(new FieldViolation("to", "error.required"));
		}
		else if (from != null && to.isBefore(from)) {
			problems.add(new FieldViolation("to", "error.periodReversed"));
		}
		return problems;
	}
}
