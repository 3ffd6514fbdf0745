package se.nattvandring.agreement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How often an agreement pays: a payment basis covers exactly one such period. The periods are calendar months and
 * their multiples from January (a quarter, a third of the year as Karlskrona pays, a half year, a year), or the
 * agreement's whole term, so two bases of one association never overlap by accident.
 */
public enum PaymentCadence {
	MONTHLY(1), QUARTERLY(3),
	/** Three times a year: January–April, May–August, September–December. */
	THIRDLY(4), HALF_YEARLY(6), YEARLY(12),
	/** Once, for the whole term, extensions included. */
	AT_PERIOD_END(0) {
		@Override
		public Period periodContaining(LocalDate date, Period term) {
			return term;
		}
	};

	private final int months;

	PaymentCadence(int months) {
		this.months = months;
	}

	/** The one payment period that holds the date; {@code term} is the agreement's, extensions included. */
	public Period periodContaining(LocalDate date, Period term) {
		YearMonth first = YearMonth.of(date.getYear(), (date.getMonthValue() - 1) / months * months + 1);
		return new Period(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
	}
	/** The cadence in the user's words, as a message argument. */
	public org.springframework.context.MessageSourceResolvable label() {
		return new org.springframework.context.support.DefaultMessageSourceResolvable("cadence." + name());
	}

	/** Whether from–to is one whole payment period of this cadence. */
	public boolean isPeriod(LocalDate from, LocalDate to, Period term) {
		Period period = periodContaining(from, term);
		return period.start().equals(from) && period.end().equals(to);
	}
}
