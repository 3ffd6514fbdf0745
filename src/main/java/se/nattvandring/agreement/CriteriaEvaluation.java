package se.nattvandring.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Each criterion met or not, with the facts behind it, so every screen can show why. */
@Schema(description = "Each criterion of the agreement, met or not, with its facts; allMet is whether the walk counts "
		+ "as completed")
public record CriteriaEvaluation(@JsonProperty("criteria") List<Result> results) {

	/** Each criterion in its own unit, named in the API so that a number is never read in another. */
	public enum Criterion {
		WALKERS(Unit.WALKERS), AGE(Unit.WALKERS), TRAINING(Unit.WALKERS), TIME_WINDOW(Unit.INSIDE),
		DURATION(Unit.MINUTES), REPORT_DEADLINE(Unit.DAYS);

		private final Unit unit;

		Criterion(Unit unit) {
			this.unit = unit;
		}

		public Unit unit() {
			return unit;
		}
	}

	/**
	 * What {@code actual} and {@code required} count: walkers present (or old or trained enough), minutes walked, whether
	 * the walk lay inside the window (1 or 0), and days from the walk to its report.
	 */
	public enum Unit {
		WALKERS, MINUTES, INSIDE, DAYS
	}

	public enum Outcome {
		MET, NOT_MET, PENDING
	}

	/**
	 * One criterion. {@code actual} and {@code required} are the facts, in the criterion's {@link Unit}.
	 */
	public record Result(Criterion criterion, Outcome outcome, long actual, long required) {

		public boolean met() {
			return outcome == Outcome.MET;
		}

		@JsonProperty("unit")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
		public Unit unit() {
			return criterion.unit();
		}
	}

	public CriteriaEvaluation {
		results = List.copyOf(results);
	}

	/** The walk counts as completed (“genomförd”) only when every criterion is met. */
	@JsonProperty("allMet")
	@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
	public boolean allMet() {
		return results.stream().allMatch(Result::met);
	}

	public Result result(Criterion criterion) {
		return results.stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
	}
}
