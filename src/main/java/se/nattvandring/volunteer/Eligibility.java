package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
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

	/** What eligibility is decided from, read for many walkers in one statement. */
	record Facts(long walkerId, WalkerStatus status, @Nullable LocalDate birthDate, boolean trainedOnDate,
			@Nullable LocalDate lastExpiryBefore) {
	}

	static Eligibility of(Facts facts, LocalDate date, CompletionCriteria criteria) {
		List<Reason> reasons = new ArrayList<>();
		if (facts.status() != WalkerStatus.ACTIVE || facts.birthDate() == null) {
			reasons.add(new Reason("eligibility.notActive", List.of()));
			return new Eligibility(facts.walkerId(), date, 0, false, reasons);
		}
		int age = AgeOnDate.yearsOn(facts.birthDate(), date);
		if (age < criteria.minAge()) {
			reasons.add(new Reason("eligibility.tooYoung",
					List.of(criteria.minAge(), facts.birthDate().plusYears(criteria.minAge()))));
		}
		if (criteria.trainingRequired() && !facts.trainedOnDate()) {
			reasons.add(facts.lastExpiryBefore() == null ? new Reason("eligibility.untrained", List.of())
					: new Reason("eligibility.trainingExpired", List.of(facts.lastExpiryBefore())));
		}
		return new Eligibility(facts.walkerId(), date, age, facts.trainedOnDate(), reasons);
	}
}
