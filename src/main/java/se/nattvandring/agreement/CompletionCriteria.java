package se.nattvandring.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.CriteriaEvaluation.Criterion;
import se.nattvandring.agreement.CriteriaEvaluation.Outcome;
import se.nattvandring.agreement.CriteriaEvaluation.Result;
import se.nattvandring.shared.StockholmTime;

/**
 * What makes a walk “genomförd” under one agreement, as pure data. {@link #evaluate} is the only place this is decided:
 * planning warns with it, the report screen shows it, approval decides with it.
 */
public record CompletionCriteria(int minWalkers, int minAge, boolean trainingRequired, LocalTime windowStart,
		LocalTime windowEnd, int minDurationMinutes, int reportDeadlineDays) {

	public TimeWindow window() {
		return new TimeWindow(windowStart, windowEnd);
	}

	public CriteriaEvaluation evaluate(WalkFacts facts) {
		long adults = facts.present().stream().filter(w -> w.ageOnWalkDate() >= minAge).count();
		long eligible = facts.present().stream()
			.filter(w -> w.ageOnWalkDate() >= minAge && (!trainingRequired || w.trainedOnWalkDate()))
			.count();
		TimeWindow window = window();
		Instant opens = window.opensOn(facts.walkDate(), StockholmTime.ZONE);
		Instant closes = window.closesOn(facts.walkDate(), StockholmTime.ZONE);
		boolean inside = !facts.start().isBefore(opens) && !facts.end().isAfter(closes);
		long minutes = Duration.between(facts.start(), facts.end()).toMinutes();
		return new CriteriaEvaluation(List.of(
				atLeast(Criterion.WALKERS, facts.present().size(), minWalkers),
				atLeast(Criterion.AGE, adults, minWalkers),
				trainingRequired ? atLeast(Criterion.TRAINING, eligible, minWalkers)
						: new Result(Criterion.TRAINING, Outcome.MET, eligible, 0),
				new Result(Criterion.TIME_WINDOW, inside ? Outcome.MET : Outcome.NOT_MET, inside ? 1 : 0, 1),
				atLeast(Criterion.DURATION, minutes, minDurationMinutes),
				reportDeadline(facts.end(), facts.reportSubmittedAt())));
	}

	/** The report is due by the end of the deadline day, Stockholm time, counted from the day the walk ended. */
	public Instant reportDueBy(Instant walkEnd) {
		return walkEnd.atZone(StockholmTime.ZONE).toLocalDate().plusDays(reportDeadlineDays + 1L)
			.atStartOfDay(StockholmTime.ZONE).toInstant();
	}

	/**
	 * Days from the day the walk ended to the day the report was submitted, Stockholm time, against the days allowed:
	 * met when no more than allowed, which is the same boundary as {@link #reportDueBy}. Not yet submitted, it is
	 * pending with the days so far unknown (0).
	 */
	private Result reportDeadline(Instant walkEnd, @Nullable Instant submittedAt) {
		if (submittedAt == null) {
			return new Result(Criterion.REPORT_DEADLINE, Outcome.PENDING, 0, reportDeadlineDays);
		}
		long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(
				walkEnd.atZone(StockholmTime.ZONE).toLocalDate(), submittedAt.atZone(StockholmTime.ZONE).toLocalDate()));
		return new Result(Criterion.REPORT_DEADLINE, days <= reportDeadlineDays ? Outcome.MET : Outcome.NOT_MET, days,
				reportDeadlineDays);
	}

	private static Result atLeast(Criterion criterion, long actual, long required) {
		return new Result(criterion, actual >= required ? Outcome.MET : Outcome.NOT_MET, actual, required);
	}
}
