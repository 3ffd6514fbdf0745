package se.nattvandring.walk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import se.nattvandring.shared.StockholmTime;

/**
 * A walk's date and wall-clock times, and the real instants they mean in Stockholm. An end at or before the start is
 * after midnight; on the nights the clocks change, the real length differs from the wall-clock one.
 */
record WalkTimes(LocalDate date, LocalTime start, LocalTime end) {

	public WalkTimes {
		if (start.equals(end)) {
			throw new IllegalArgumentException("A walk needs an end different from its start");
		}
	}

	public boolean crossesMidnight() {
		return end.isBefore(start);
	}

	public Instant startsAt() {
		return date.atTime(start).atZone(StockholmTime.ZONE).toInstant();
	}

	public Instant endsAt() {
		return (crossesMidnight() ? date.plusDays(1) : date).atTime(end).atZone(StockholmTime.ZONE).toInstant();
	}

	public Duration duration() {
		return Duration.between(startsAt(), endsAt());
	}
}
