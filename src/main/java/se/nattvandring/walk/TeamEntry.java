package se.nattvandring.walk;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.volunteer.Eligibility;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;

/**
 * The one rule for joining a walk's team, whether by sign-up before the walk or by turning up unplanned at check-in:
 * a walker of the walk's association, eligible under the agreement on the walk date, and on no overlapping walk.
 */
@Component
class TeamEntry {

	private final Walkers walkers;

	private final WalkRepository repository;

	TeamEntry(Walkers walkers, WalkRepository repository) {
		this.walkers = walkers;
		this.repository = repository;
	}

	/** @throws RuleViolationException with the first reason a walker may not join */
	void requireMayJoin(Walk walk, Collection<Long> walkerIds, CompletionCriteria criteria) {
		Map<Long, Eligibility> verdicts = walkers.eligibility(walkerIds, walk.walkDate(), criteria);
		List<WalkerView> found = walkers.byIds(walkerIds);
		for (long id : walkerIds) {
			if (found.stream().noneMatch(w -> w.id() == id && w.associationId() == walk.associationId())) {
				throw new RuleViolationException("signup.error.otherAssociation");
			}
			Eligibility verdict = verdicts.get(id);
			if (verdict != null && !verdict.eligible()) {
				var reason = verdict.reasons().get(0);
				throw new RuleViolationException(reason.messageKey(), reason.arguments().toArray());
			}
			if (!repository.overlapping(id, walk.startsAt(), walk.endsAt(), walk.requiredId()).isEmpty()) {
				throw new RuleViolationException("signup.error.overlap");
			}
		}
	}
}
