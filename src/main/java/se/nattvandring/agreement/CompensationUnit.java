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

		@Override
		public LocalDate unitDate(LocalDate walkDate) {
			return walkDate;
		}
	},
	/** One unit per evening, however many walks it had (Öckerö: 1 500 kr per evening). */
	PER_EVENING {
		@Override
		String groupKey(long walkId, LocalDate walkDate) {
			return "evening:" + walkDate;
		}

		@Override
		public LocalDate unitDate(LocalDate walkDate) {
			return walkDate;
		}
	},
	/** One unit per weekend, Monday to Sunday keyed on its Saturday (Halmstad: 3 500 kr per weekend). */
	PER_WEEKEND {
		@Override
		String groupKey(long walkId, LocalDate walkDate) {
			return "weekend:" + unitDate(walkDate);
		}

		@Override
		public LocalDate unitDate(LocalDate walkDate) {
			return walkDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
		}
	};

	/** Walks with the same key make one unit. The walk date is the evening's date, even after midnight. */
	abstract String groupKey(long walkId, LocalDate walkDate);

	/**
	 * The date a unit is counted on, and so the one payment period it belongs to: a walk's and an evening's own date
	 * (the evening's, even when the walk ends after midnight), and a weekend's Saturday. A weekend from Friday 31 May
	 * to Sunday 2 June is paid in June; a Sunday walk on 1 September, whose Saturday is 31 August, in August.
	 */
	public abstract LocalDate unitDate(LocalDate walkDate);

	/** How many days a walk's date may lie from its unit's date, so a period's walks can be read with a margin. */
	public static final int LARGEST_UNIT_SPAN_DAYS = 6;
}
