package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.nattvandring.agreement.CriteriaEvaluation.Criterion;
import se.nattvandring.agreement.CriteriaEvaluation.Outcome;
import se.nattvandring.agreement.WalkFacts.Walker;
import se.nattvandring.shared.StockholmTime;

/** The one rule that decides whether a walk is "genomförd", on its own, with no Spring in sight. */
class CompletionCriteriaTest {

	/** The seed decision's defaults: 3 walkers aged 18+, trained, 3 hours between 19:00 and 03:00, report in 7 days. */
	static final CompletionCriteria SEED = new CompletionCriteria(3, 18, true, LocalTime.of(19, 0), LocalTime.of(3, 0),
			180, 7);

	static final LocalDate FRIDAY = LocalDate.of(2024, 12, 6);

	static Instant at(LocalDate date, int hour, int minute) {
		return ZonedDateTime.of(date, LocalTime.of(hour, minute), StockholmTime.ZONE).toInstant();
	}

	static List<Walker> trainedAdults(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> new Walker(i, 30, true)).toList();
	}

	@Test
	void aWalkAcrossMidnightInsideTheWindowMeetsEveryCriterion() {
		var facts = new WalkFacts(FRIDAY, trainedAdults(3), at(FRIDAY, 21, 0), at(FRIDAY.plusDays(1), 1, 0),
				at(FRIDAY.plusDays(2), 10, 0));

		var evaluation = SEED.evaluate(facts);

		assertThat(evaluation.allMet()).isTrue();
		assertThat(evaluation.result(Criterion.DURATION).actual()).isEqualTo(240);
	}

	@ParameterizedTest(name = "{0} {1}–{2} {3} is inside 19:00–03:00: {4}")
	@CsvSource({
			"0, 19:00, 1, 03:00, true",
			"0, 18:59, 0, 22:00, false",
			"0, 23:00, 1, 03:01, false",
			"1, 00:30, 1, 02:59, true",
			"0, 20:00, 0, 23:59, true" })
	void theWindowIsAnchoredOnTheEveningOfTheWalkDate(int startDay, LocalTime start, int endDay, LocalTime end,
			boolean inside) {
		var facts = new WalkFacts(FRIDAY, trainedAdults(3),
				at(FRIDAY.plusDays(startDay), start.getHour(), start.getMinute()),
				at(FRIDAY.plusDays(endDay), end.getHour(), end.getMinute()), null);

		assertThat(SEED.evaluate(facts).result(Criterion.TIME_WINDOW).met()).isEqualTo(inside);
	}

	@Test
	void durationIsRealTimeSoTheNightTheClocksGoBackIsAnHourLonger() {
		LocalDate saturday = LocalDate.of(2024, 10, 26); // clocks go back at 03:00 on Sunday 27 October
		var facts = new WalkFacts(saturday, trainedAdults(3), at(saturday, 22, 0), at(saturday.plusDays(1), 2, 0),
				null);

		assertThat(SEED.evaluate(facts).result(Criterion.DURATION).actual()).isEqualTo(4 * 60);
		Instant lastHour = ZonedDateTime.of(saturday.plusDays(1), LocalTime.of(2, 30), StockholmTime.ZONE)
			.withLaterOffsetAtOverlap().toInstant();
		var intoTheRepeatedHour = new WalkFacts(saturday, trainedAdults(3), at(saturday, 22, 0), lastHour, null);
		assertThat(SEED.evaluate(intoTheRepeatedHour).result(Criterion.DURATION).actual()).isEqualTo(5 * 60 + 30);
	}

	@Test
	void walkersBelowTheMinimumAgeOrUntrainedDoNotCount() {
		var present = List.of(new Walker(1, 17, true), new Walker(2, 40, false), new Walker(3, 25, true),
				new Walker(4, 52, true));
		var facts = new WalkFacts(FRIDAY, present, at(FRIDAY, 20, 0), at(FRIDAY, 23, 30), null);

		var evaluation = SEED.evaluate(facts);

		assertThat(evaluation.result(Criterion.WALKERS)).extracting("outcome", "actual").containsExactly(Outcome.MET, 4L);
		assertThat(evaluation.result(Criterion.AGE)).extracting("outcome", "actual").containsExactly(Outcome.MET, 3L);
		assertThat(evaluation.result(Criterion.TRAINING)).extracting("outcome", "actual")
			.containsExactly(Outcome.NOT_MET, 2L);
		assertThat(evaluation.allMet()).isFalse();
	}

	@Test
	void trainingIsNotAskedForWhenTheAgreementDoesNotRequireIt() {
		var noTraining = new CompletionCriteria(2, 20, false, LocalTime.of(19, 0), LocalTime.of(23, 0), 120, 7);
		var facts = new WalkFacts(FRIDAY, List.of(new Walker(1, 20, false), new Walker(2, 64, false)),
				at(FRIDAY, 19, 30), at(FRIDAY, 22, 0), at(FRIDAY, 23, 0));

		assertThat(noTraining.evaluate(facts).allMet()).isTrue();
	}

	@Test
	void theReportIsDueByTheEndOfTheDeadlineDayAndPendingUntilSubmitted() {
		Instant end = at(FRIDAY.plusDays(1), 1, 0); // walk ends early Saturday 7 December
		assertThat(SEED.reportDueBy(end)).isEqualTo(at(LocalDate.of(2024, 12, 15), 0, 0));

		var pending = new WalkFacts(FRIDAY, trainedAdults(3), at(FRIDAY, 21, 0), end, null);
		var inTime = new WalkFacts(FRIDAY, trainedAdults(3), at(FRIDAY, 21, 0), end,
				at(LocalDate.of(2024, 12, 14), 23, 59));
		var late = new WalkFacts(FRIDAY, trainedAdults(3), at(FRIDAY, 21, 0), end, at(LocalDate.of(2024, 12, 15), 0, 0));

		assertThat(SEED.evaluate(pending).result(Criterion.REPORT_DEADLINE).outcome()).isEqualTo(Outcome.PENDING);
		assertThat(SEED.evaluate(inTime).result(Criterion.REPORT_DEADLINE).outcome()).isEqualTo(Outcome.MET);
		assertThat(SEED.evaluate(late).result(Criterion.REPORT_DEADLINE).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void aWindowMustHaveALength() {
		assertThatThrownBy(() -> new TimeWindow(LocalTime.of(19, 0), LocalTime.of(19, 0)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new TimeWindow(LocalTime.of(19, 0), LocalTime.of(3, 0)).nominalMinutes()).isEqualTo(480);
		assertThat(new TimeWindow(LocalTime.of(19, 0), LocalTime.of(3, 0)).crossesMidnight()).isTrue();
	}
}
