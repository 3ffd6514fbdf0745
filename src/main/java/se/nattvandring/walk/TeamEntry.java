package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.volunteer.Eligibility;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;

/**
 * The one rule for joining a walk's team, whether planned as its leader, by sign-up before the walk or by turning up
 * unplanned at check-in: a walker of the walk's association, eligible under the agreement on the walk date, and on
 * no overlapping walk.
 */
@Component
class TeamEntry {

	private final Walkers walkers;

	private final WalkRepository repository;

	TeamEntry(Walkers walkers, WalkRepository repository) {
		this.walkers = walkers;
		this.repository = repository;
	}

	/** A reason a walker may not join, in the user's words. */
	record Refusal(String messageKey, Object[] arguments) {
	}

	/**
	 * @throws RuleViolationException with the first reason a walker may not join; an API caller is also given every
	 *         refused walker with the code of their reason (never its facts, such as a birthday)
	 */
	void requireMayJoin(Walk walk, Collection<Long> walkerIds, CompletionCriteria criteria) {
		Slot slot = new Slot(walk.walkDate(), walk.startsAt(), walk.endsAt(), walk.requiredId());
		Map<Long, Refusal> refused = refusals(walk.associationId(), slot, walkerIds, criteria);
		if (!refused.isEmpty()) {
			Refusal first = refused.values().iterator().next();
			throw new RuleViolationException(first.messageKey(), first.arguments()).with("refusedWalkers",
					refused.entrySet().stream()
						.map(entry -> Map.of("walkerId", entry.getKey(), "reason", entry.getValue().messageKey()))
						.toList());
		}
	}

	/** When a walk is, planned or not yet saved ({@code walkId} -1), for the overlap check. */
	record Slot(LocalDate date, Instant startsAt, Instant endsAt, long walkId) {

		static Slot unsaved(WalkTimes times) {
			return new Slot(times.date(), times.startsAt(), times.endsAt(), -1);
		}
	}

	/** The first reason one of the walkers may not join a walk of the association at that slot, if any. */
	Optional<Refusal> refusal(long associationId, Slot slot, Collection<Long> walkerIds, CompletionCriteria criteria) {
		return refusals(associationId, slot, walkerIds, criteria).values().stream().findFirst();
	}

	/** Each walker who may not join, in the order given, with their first reason. */
	Map<Long, Refusal> refusals(long associationId, Slot slot, Collection<Long> walkerIds,
			CompletionCriteria criteria) {
		Map<Long, Eligibility> verdicts = walkers.eligibility(walkerIds, slot.date(), criteria);
		List<WalkerView> found = walkers.byIds(walkerIds);
		Map<Long, Refusal> refused = new java.util.LinkedHashMap<>();
		for (long id : walkerIds) {
			Eligibility verdict = verdicts.get(id);
			if (found.stream().noneMatch(w -> w.id() == id && w.associationId() == associationId)) {
				refused.put(id, new Refusal("signup.error.otherAssociation", new Object[0]));
			}
			else if (verdict != null && !verdict.eligible()) {
				var reason = verdict.reasons().get(0);
				refused.put(id, new Refusal(reason.messageKey(), reason.arguments().toArray()));
			}
			else if (!repository.overlapping(id, slot.startsAt(), slot.endsAt(), slot.walkId()).isEmpty()) {
				refused.put(id, new Refusal("signup.error.overlap", new Object[0]));
			}
		}
		return refused;
	}
}
