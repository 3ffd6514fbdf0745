package se.nattvandring.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The hours in which a walk must take place, such as 19:00–03:00; an end before the start means after midnight. */
public record TimeWindow(LocalTime start, LocalTime end) {

	public TimeWindow {
		if (start.equals(end)) {
			throw new IllegalArgumentException("A time window needs a start different from its end");
		}
	}

	public boolean crossesMidnight() {
		return end.isBefore(start);
	}

	/** The window's first instant on the evening of {@code date}, in real time so that DST nights are right. */
	public Instant opensOn(LocalDate date, ZoneId zone) {
		return date.atTime(start).atZone(zone).toInstant();
	}

	public Instant closesOn(LocalDate date, ZoneId zone) {
		return (crossesMidnight() ? date.plusDays(1) : date).atTime(end).atZone(zone).toInstant();
	}

	/** Wall-clock length of the window, ignoring DST; only used to check that a minimum duration can fit. */
	public long nominalMinutes() {
		long minutes = java.time.Duration.between(start, end).toMinutes();
		return minutes < 0 ? minutes + 24 * 60 : minutes;
	}
}
