package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A walk's real length on the nights the clocks change, and a series laid across them. */
class WalkTimesTest {

	/** Into Sunday 27 October 2024 the clocks went back an hour at 03:00. */
	static final LocalDate CLOCKS_BACK_EVE = LocalDate.of(2024, 10, 26);

	/** Into Sunday 30 March 2025 the clocks went forward an hour at 02:00. */
	static final LocalDate CLOCKS_FORWARD_EVE = LocalDate.of(2025, 3, 29);

	@Test
	void tenToThreeLastsSixRealHoursOnTheNightTheClocksGoBack() {
		assertThat(new WalkTimes(CLOCKS_BACK_EVE, LocalTime.of(22, 0), LocalTime.of(3, 0)).duration())
			.isEqualTo(Duration.ofHours(6));
	}

	@Test
	void tenToThreeLastsFourRealHoursOnTheNightTheClocksGoForward() {
		assertThat(new WalkTimes(CLOCKS_FORWARD_EVE, LocalTime.of(22, 0), LocalTime.of(3, 0)).duration())
			.isEqualTo(Duration.ofHours(4));
	}

	@Test
	void nineToOneLastsFourHoursOnBothNightsBecauseItEndsBeforeTheChange() {
		assertThat(new WalkTimes(CLOCKS_BACK_EVE, LocalTime.of(21, 0), LocalTime.of(1, 0)).duration())
			.isEqualTo(Duration.ofHours(4));
		assertThat(new WalkTimes(CLOCKS_FORWARD_EVE, LocalTime.of(21, 0), LocalTime.of(1, 0)).duration())
			.isEqualTo(Duration.ofHours(4));
	}

	@Test
	void aSeriesAcrossBothChangesGivesEachWalkItsOwnRealLength() {
		SeriesPlan series = new SeriesPlan(1L, 2L, LocalDate.of(2024, 10, 18), LocalDate.of(2025, 4, 5),
				Set.of(DayOfWeek.SATURDAY), List.of(LocalDate.of(2024, 12, 28)), LocalTime.of(22, 0),
				LocalTime.of(3, 0), "Älvsjö station", List.of(), null, null, null);

		List<LocalDate> dates = series.dates();
		assertThat(dates).first().isEqualTo(LocalDate.of(2024, 10, 19));
		assertThat(dates).last().isEqualTo(LocalDate.of(2025, 4, 5));
		assertThat(dates).doesNotContain(LocalDate.of(2024, 12, 28)).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
		for (LocalDate date : dates) {
			Duration length = new WalkTimes(date, series.start(), series.end()).duration();
			Duration expected = date.equals(CLOCKS_BACK_EVE) ? Duration.ofHours(6)
					: date.equals(CLOCKS_FORWARD_EVE) ? Duration.ofHours(4) : Duration.ofHours(5);
			assertThat(length).as(date.toString()).isEqualTo(expected);
		}
		assertThat(dates).contains(CLOCKS_BACK_EVE, CLOCKS_FORWARD_EVE);
	}

	@Test
	void aSeriesThatEndsBeforeItStartsHasNoDates() {
		SeriesPlan backwards = new SeriesPlan(1L, 2L, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1),
				Set.of(DayOfWeek.FRIDAY), null, LocalTime.of(21, 0), LocalTime.of(1, 0), "x", null, null, null, null);

		assertThat(backwards.dates()).isEmpty();
	}

	@Test
	void aWalkNeedsAnEndDifferentFromItsStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WalkTimes(CLOCKS_BACK_EVE, LocalTime.of(21, 0), LocalTime.of(21, 0)));
	}
}
