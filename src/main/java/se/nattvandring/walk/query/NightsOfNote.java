package se.nattvandring.walk.query;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The nights a planner should know about: Swedish public holidays from jollyday, the eves that are not public holidays
 * but are big nights out (midsommarafton, julafton, nyårsafton), the evening before each public holiday, and the
 * municipality's own peak nights from configuration, such as Valborgsmässoafton and skolavslutning.
 */
@Component
public class NightsOfNote {

	/** jollyday lists these as holidays; in Sweden they are not, but they are peak nights. */
	private static final Set<String> EVES = Set.of("MIDSUMMER_EVE", "CHRISTMAS_EVE", "NEW_YEARS_EVE");

	public enum Kind {
		HOLIDAY, PEAK
	}

	/** One mark in the calendar, already in the reader's language. */
	public record Note(Kind kind, String name) {
	}

	/**
	 * A configured peak night: {@code date} as {@code MM-DD} every year or {@code YYYY-MM-DD} once, with its name in
	 * Swedish and English.
	 */
	public record PeakNight(String date, String nameSv, String nameEn) {
	}

	@ConfigurationProperties("nattvandring.calendar")
	public record CalendarProperties(List<PeakNight> peakNights) {

		public CalendarProperties {
			peakNights = peakNights == null ? List.of() : List.copyOf(peakNights);
		}
	}

	private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

	private final CalendarProperties properties;

	private final MessageSource messages;

	NightsOfNote(CalendarProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	/** @return the notes per date in {@code [from, to]}, each date's public holiday first */
	public Map<LocalDate, List<Note>> between(LocalDate from, LocalDate to, Locale locale) {
		Map<LocalDate, List<Note>> notes = new TreeMap<>();
		for (Holiday holiday : holidays.getHolidays(from.minusDays(1), to.plusDays(1))) {
			String name = holiday.getDescription(locale);
			if (EVES.contains(holiday.getPropertiesKey())) {
				add(notes, holiday.getDate(), new Note(Kind.PEAK, name), from, to);
			}
			else {
				add(notes, holiday.getDate(), new Note(Kind.HOLIDAY, name), from, to);
				// The night before a day off is a night out.
				add(notes, holiday.getDate().minusDays(1), new Note(Kind.PEAK, eveOf(name, locale)), from, to);
			}
		}
		boolean swedish = "sv".equals(locale.getLanguage());
		for (PeakNight peak : properties.peakNights()) {
			String name = swedish ? peak.nameSv() : peak.nameEn();
			for (LocalDate date : occurrences(peak.date(), from, to)) {
				add(notes, date, new Note(Kind.PEAK, name), from, to);
			}
		}
		notes.values().forEach(list -> list.sort((a, b) -> a.kind().compareTo(b.kind())));
		return notes;
	}

	public boolean isPeak(LocalDate date, Locale locale) {
		return between(date, date, locale).getOrDefault(date, List.of()).stream()
			.anyMatch(n -> n.kind() == Kind.PEAK);
	}

	private String eveOf(String holiday, Locale locale) {
		return messages.getMessage("calendar.eveOf", new Object[] { holiday.toLowerCase(locale) }, locale);
	}

	private static List<LocalDate> occurrences(String date, LocalDate from, LocalDate to) {
		List<LocalDate> dates = new ArrayList<>();
		if (date.length() == 5) {
			MonthDay monthDay = MonthDay.parse("--" + date);
			for (int year = from.getYear(); year <= to.getYear(); year++) {
				if (monthDay.isValidYear(year)) {
					dates.add(monthDay.atYear(year));
				}
			}
		}
		else {
			dates.add(LocalDate.parse(date));
		}
		return dates;
	}

	private static void add(Map<LocalDate, List<Note>> notes, LocalDate date, Note note, LocalDate from,
			LocalDate to) {
		if (!date.isBefore(from) && !date.isAfter(to)) {
			List<Note> list = notes.computeIfAbsent(date, d -> new ArrayList<>());
			if (!list.contains(note)) {
				list.add(note);
			}
		}
	}
}
