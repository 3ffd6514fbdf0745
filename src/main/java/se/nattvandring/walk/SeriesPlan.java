package se.nattvandring.walk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Walks on chosen weekdays between two dates, such as every Friday and Saturday 21:00–01:00 this autumn, less the
 * dates to skip. Each walk of the series is checked as a single walk would be; the series is saved whole or not at all.
 */
public record SeriesPlan(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate firstDate,
		@Nullable LocalDate lastDate, @Nullable Set<DayOfWeek> weekdays, @Nullable List<LocalDate> skipDates,
		@Nullable LocalTime start, @Nullable LocalTime end, @Nullable String meetingPoint,
		@Nullable List<Long> placeIds, @Nullable Long teamLeaderId, @Nullable Integer minTeam,
		@Nullable Integer maxTeam) {

	/** A series longer than this is a typing slip; the longest agreements run a year and a half. */
	static final int MAX_DAYS = 550;

	/** The dates the series covers, in order; empty when the range or weekdays are missing or the range is reversed. */
	List<LocalDate> dates() {
		if (firstDate == null || lastDate == null || weekdays == null || lastDate.isBefore(firstDate)) {
			return List.of();
		}
		Set<LocalDate> skip = skipDates == null ? Set.of() : new TreeSet<>(skipDates.stream()
			.filter(java.util.Objects::nonNull).toList());
		return firstDate.datesUntil(lastDate.plusDays(1))
			.filter(d -> weekdays.contains(d.getDayOfWeek()) && !skip.contains(d)).toList();
	}

	WalkPlan template() {
		return new WalkPlan(agreementId, associationId, firstDate, start, end, meetingPoint, placeIds, teamLeaderId,
				minTeam, maxTeam);
	}
}
