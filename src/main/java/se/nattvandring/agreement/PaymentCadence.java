package se.nattvandring.agreement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How often an agreement pays: a payment basis covers exactly one such period. The periods are calendar months and
 * quarters, or the agreement's whole term, so two bases of one association never overlap by accident.
 */
public enum PaymentCadence {
	MONTHLY {
		@Override
		public Period periodContaining(LocalDate date, Period term) {
			YearMonth month = YearMonth.from(date);
			return new Period(month.atDay(1), month.atEndOfMonth());
		}
	},
	QUARTERLY {
		@Override
		public Period periodContaining(LocalDate date, Period term) {
			YearMonth first = YearMonth.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1);
			return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
		}
	},
	AT_PERIOD_END {
		@Override
		public Period periodContaining(LocalDate date, Period term) {
			return term;
		}
	};

	/** The cadence in the user's words, as a message argument. */
	public org.springframework.context.MessageSourceResolvable label() {
		return new org.springframework.context.support.DefaultMessageSourceResolvable("cadence." + name());
	}

	/** The one payment period that holds the date; {@code term} is the agreement's, extensions included. */
	public abstract Period periodContaining(LocalDate date, Period term);

	/** Whether from–to is one whole payment period of this cadence. */
	public boolean isPeriod(LocalDate from, LocalDate to, Period term) {
		Period period = periodContaining(from, term);
		return period.start().equals(from) && period.end().equals(to);
	}
}
