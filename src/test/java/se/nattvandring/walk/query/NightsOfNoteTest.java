package se.nattvandring.walk.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.nattvandring.walk.query.NightsOfNote.Kind;
import se.nattvandring.walk.query.NightsOfNote.Note;
import se.nattvandring.walk.query.NightsOfNote.PeakNight;

/** Swedish public holidays from jollyday, the eves that are not holidays, and configured peak nights. */
class NightsOfNoteTest {

	static final Locale SV = Locale.forLanguageTag("sv");

	final NightsOfNote nights = new NightsOfNote(new NightsOfNote.CalendarProperties(List.of(
			new PeakNight("04-30", "Valborgsmässoafton", "Walpurgis Night"),
			new PeakNight("2025-06-12", "Skolavslutning", "End of school"))), messages());

	@Test
	void midsummerChristmasAndNewYearsEveArePeakNightsNotPublicHolidays() {
		Map<LocalDate, List<Note>> notes = nights.between(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), SV);

		assertThat(kinds(notes, LocalDate.of(2025, 6, 20))).containsOnly(Kind.PEAK);
		assertThat(kinds(notes, LocalDate.of(2025, 12, 24))).containsOnly(Kind.PEAK);
		assertThat(kinds(notes, LocalDate.of(2025, 12, 31))).containsOnly(Kind.PEAK);
		assertThat(kinds(notes, LocalDate.of(2025, 12, 25))).contains(Kind.HOLIDAY);
		assertThat(kinds(notes, LocalDate.of(2025, 6, 21))).contains(Kind.HOLIDAY);
		assertThat(notes.get(LocalDate.of(2025, 6, 20))).extracting(Note::name).contains("Midsommarafton");
	}

	@Test
	void theEveningBeforeAPublicHolidayAndTheConfiguredNightsArePeaks() {
		Map<LocalDate, List<Note>> notes = nights.between(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), SV);

		assertThat(notes.get(LocalDate.of(2025, 4, 30))).extracting(Note::name).contains("Valborgsmässoafton");
		assertThat(kinds(notes, LocalDate.of(2025, 5, 1))).contains(Kind.HOLIDAY);
		assertThat(notes.get(LocalDate.of(2025, 5, 28))).extracting(Note::name)
			.anySatisfy(name -> assertThat(name).startsWith("Kvällen före"));
		assertThat(notes.get(LocalDate.of(2025, 6, 12))).extracting(Note::name).contains("Skolavslutning");
		assertThat(nights.between(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 12), SV)).isEmpty();
	}

	@Test
	void namesFollowTheReadersLanguage() {
		Map<LocalDate, List<Note>> notes = nights.between(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 30),
				Locale.ENGLISH);

		assertThat(notes.get(LocalDate.of(2025, 4, 30))).extracting(Note::name).contains("Walpurgis Night");
	}

	private static List<Kind> kinds(Map<LocalDate, List<Note>> notes, LocalDate date) {
		return notes.getOrDefault(date, List.of()).stream().map(Note::kind).toList();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
