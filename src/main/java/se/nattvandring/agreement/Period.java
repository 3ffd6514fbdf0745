package se.nattvandring.agreement;

import java.time.LocalDate;

/** A closed range of dates; both ends included, as in “to 31 December 2024”. */
public record Period(LocalDate start, LocalDate end) {

	public Period {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end before it starts");
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}
}
