package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.time.Period;

/**
 * A walker's age on a date, in whole years: the one definition the register, eligibility for a walk and the
 * agreement's minimum age all use. A walker born on 29 February turns a year older on 1 March in common years.
 */
final class AgeOnDate {

	private AgeOnDate() {
	}

	/** @return whole years on {@code date}, or -1 for a birth date after it */
	static int yearsOn(LocalDate birthDate, LocalDate date) {
		return birthDate.isAfter(date) ? -1 : Period.between(birthDate, date).getYears();
	}
}
