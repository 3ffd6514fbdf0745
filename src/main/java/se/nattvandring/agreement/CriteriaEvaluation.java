package se.nattvandring.agreement;

import java.util.List;

/** Each criterion met or not, with the facts behind it, so every screen can show why. */
public record CriteriaEvaluation(List<Result> results) {

	public enum Criterion {
		WALKERS, AGE, TRAINING, TIME_WINDOW, DURATION, REPORT_DEADLINE
	}

	public enum Outcome {
		MET, NOT_MET, PENDING
	}

	/**
	 * One criterion. {@code actual} and {@code required} are the facts, in the unit of the criterion: walkers, minutes,
	 * or (for the window and the deadline) 1 for inside and 0 for outside.
	 */
	public record Result(Criterion criterion, Outcome outcome, long actual, long required) {

		public boolean met() {
			return outcome == Outcome.MET;
		}
	}

	public CriteriaEvaluation {
		results = List.copyOf(results);
	}

	/** The walk counts as completed (“genomförd”) only when every criterion is met. */
	public boolean allMet() {
		return results.stream().allMatch(Result::met);
	}

	public Result result(Criterion criterion) {
		return results.stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
	}
}
