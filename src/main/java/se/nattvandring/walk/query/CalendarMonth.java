package se.nattvandring.walk.query;

import se.nattvandring.walk.WalkView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.nattvandring.walk.query.NightsOfNote.Note;

/**
 * A month of walks laid out twice from the same data: as Monday-first weeks for the desktop grid, and as an agenda of
 * the days that have a walk or a note, for the phone.
 */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks, List<Day> agenda) {

	public record Day(LocalDate date, boolean inMonth, boolean today, List<Note> notes, List<WalkView> walks) {

		public boolean peak() {
			return notes.stream().anyMatch(n -> n.kind() == NightsOfNote.Kind.PEAK);
		}

		public boolean holiday() {
			return notes.stream().anyMatch(n -> n.kind() == NightsOfNote.Kind.HOLIDAY);
		}
	}

	public static LocalDate firstShown(YearMonth month) {
		return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public static LocalDate lastShown(YearMonth month) {
		return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	public static CalendarMonth of(YearMonth month, List<WalkView> walks, Map<LocalDate, List<Note>> notes, LocalDate today) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> agenda = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate date = firstShown(month); !date.isAfter(lastShown(month)); date = date.plusDays(1)) {
			LocalDate day = date;
			Day cell = new Day(day, YearMonth.from(day).equals(month), day.equals(today),
					notes.getOrDefault(day, List.of()), walks.stream().filter(w -> w.date().equals(day)).toList());
			week.add(cell);
			if (cell.inMonth() && (!cell.walks().isEmpty() || !cell.notes().isEmpty())) {
				agenda.add(cell);
			}
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		return new CalendarMonth(month, weeks, agenda);
	}
}
