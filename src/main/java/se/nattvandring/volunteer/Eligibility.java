package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.agreement.WalkFacts;

/**
 * Whether a walker may walk on a date under an agreement's criteria, with the reasons if not. The facts it keeps (age
 * and training on the date) are the ones {@link CompletionCriteria#evaluate} later decides with.
 */
public record Eligibility(long walkerId, LocalDate date, int ageOnDate, boolean trainedOnDate, List<Reason> reasons) {

	/** A reason as a message key and its arguments, so each screen says it in the reader's language. */
	public record Reason(String messageKey, List<Object> arguments) {
	}

	public Eligibility {
		reasons = List.copyOf(reasons);
	}

	public boolean eligible() {
		return reasons.isEmpty();
	}

	public WalkFacts.Walker facts() {
		return new WalkFacts.Walker(walkerId, ageOnDate, trainedOnDate);
	}

	static Eligibility of(Walker walker, LocalDate date, CompletionCriteria criteria) {
		List<Reason> reasons = new ArrayList<>();
		if (walker.status() != WalkerStatus.ACTIVE) {
			reasons.add(new Reason("eligibility.notActive", List.of()));
			return new Eligibility(walker.requiredId(), date, 0, false, reasons);
		}
		int age = walker.ageOn(date);
		if (age < criteria.minAge()) {
			LocalDate birthDate = java.util.Objects.requireNonNull(walker.birthDate());
			reasons.add(new Reason("eligibility.tooYoung",
					List.of(criteria.minAge(), birthDate.plusYears(criteria.minAge()))));
		}
		boolean trained = walker.trainedOn(date);
		if (criteria.trainingRequired() && !trained) {
			@Nullable LocalDate expired = walker.trainings().stream()
				.filter(t -> t.validUntil() != null && t.validUntil().isBefore(date))
				.map(Training::validUntil).max(Comparator.naturalOrder()).orElse(null);
			reasons.add(expired == null ? new Reason("eligibility.untrained", List.of())
					: new Reason("eligibility.trainingExpired", List.of(expired)));
		}
		return new Eligibility(walker.requiredId(), date, age, trained, reasons);
	}
}
