package se.nattvandring.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC; the partnership lives in Stockholm, so dates and wall-clock times are read there. */
public final class StockholmTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private StockholmTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
