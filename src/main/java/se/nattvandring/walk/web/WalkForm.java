package se.nattvandring.walk.web;

import se.nattvandring.walk.SeriesPlan;
import se.nattvandring.walk.WalkPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The planning form as typed, for one walk or a series, so that a refused form comes back with everything the
 * planner chose. Skipped dates are typed as a list such as “2024-12-24, 2024-12-31”.
 */
class WalkForm {

	public @Nullable Long agreementId;
	public @Nullable Long associationId;
	public @Nullable LocalDate date;
	public @Nullable LocalDate firstDate;
	public @Nullable LocalDate lastDate;
	public List<DayOfWeek> weekdays = new ArrayList<>();
	public @Nullable String skipDates;
	public @Nullable LocalTime start = LocalTime.of(21, 0);
	public @Nullable LocalTime end = LocalTime.of(1, 0);
	public @Nullable String meetingPoint;
	public List<Long> placeIds = new ArrayList<>();
	public @Nullable Long teamLeaderId;
	public @Nullable Integer minTeam;
	public @Nullable Integer maxTeam;

	WalkPlan toPlan() {
		return new WalkPlan(agreementId, associationId, date, start, end, meetingPoint, route(), teamLeaderId,
				minTeam, maxTeam);
	}

	SeriesPlan toSeries(List<LocalDate> skip) {
		// A blank box posted ("weekdays=") binds as null; it chooses no day.
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		weekdays.stream().filter(java.util.Objects::nonNull).forEach(days::add);
		return new SeriesPlan(agreementId, associationId, firstDate, lastDate, days, skip, start, end, meetingPoint,
				route(), teamLeaderId, minTeam, maxTeam);
	}

	/** The places chosen, in order; a blank choice ("placeIds=") binds as null and chooses none. */
	private List<Long> route() {
		return placeIds.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** @return the typed skip dates, or null if one of them is not a date */
	@Nullable List<LocalDate> parsedSkipDates() {
		List<LocalDate> dates = new ArrayList<>();
		if (skipDates == null || skipDates.isBlank()) {
			return dates;
		}
		for (String part : skipDates.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				dates.add(LocalDate.parse(part.strip()));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}
		return dates;
	}
}
