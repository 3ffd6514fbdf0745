package se.nattvandring.agreement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What one payment unit is. Each unit says how it groups approved walks, so a new kind (per month, per hour) is one
 * more constant here and nothing elsewhere changes.
 */
public enum CompensationUnit {
	/** Every completed walk is a unit (Hägersten-Älvsjö: 1 700 kr per walk). */
	PER_WALK {
		@Override
		String groupKey(long walkId, LocalDate walkDate) {
			return "walk:" + walkId;
		}
	},
	/** One unit per evening, however many walks it had (Öckerö: 1 500 kr per evening). */
	PER_EVENING {
		@Override
		String groupKey(long walkId, LocalDate walkDate) {
			return "evening:" + walkDate;
		}
	},
	/** One unit per weekend, Monday to Sunday keyed on its Saturday (Halmstad: 3 500 kr per weekend). */
	PER_WEEKEND {
		@Override
		String groupKey(long walkId, LocalDate walkDate) {
			LocalDate saturday = walkDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
			return "weekend:" + saturday;
		}
	};

	/** Walks with the same key make one unit. The walk date is the evening's date, even after midnight. */
	abstract String groupKey(long walkId, LocalDate walkDate);
}
