package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.agreement.WalkFacts;
import se.nattvandring.volunteer.Eligibility;
import se.nattvandring.volunteer.Walkers;

/**
 * The one place a walk's {@link WalkFacts} are built, planned or recorded, for {@link CompletionCriteria#evaluate}:
 * the planning preview warns with the same facts the report screen shows and approval decides on. Each walker's age
 * and training are taken on the walk date, from the volunteer module's eligibility.
 */
@Component
public class WalkFactsOfAWalk {

	private final Walkers walkers;

	WalkFactsOfAWalk(Walkers walkers) {
		this.walkers = walkers;
	}

	/** As planned: the team signed up, the planned start and end, no report. */
	public WalkFacts planned(WalkView walk, CompletionCriteria criteria) {
		List<Long> team = walk.team().stream().map(WalkView.Member::walkerId).toList();
		return new WalkFacts(walk.date(), walkersOn(team, walk.date(), criteria), walk.startsAt(), walk.endsAt(),
				null);
	}

	/**
	 * As recorded on the night: who was checked in with their age and training kept from the night, the check-in and
	 * check-out times (the planned ones while the night has not got there), and when the server received the report.
	 */
	WalkFacts recorded(Walk walk, CompletionCriteria criteria) {
		Instant start = walk.checkedInAt() != null ? walk.checkedInAt() : walk.startsAt();
		Instant end = walk.checkedOutAt() != null ? walk.checkedOutAt() : walk.endsAt();
		Map<Long, WalkFacts.Walker> kept = walk.factsOnTheDate();
		List<Long> notKept = walk.presentIds().stream().filter(id -> !kept.containsKey(id)).toList();
		List<WalkFacts.Walker> present = new java.util.ArrayList<>(kept.values());
		present.addAll(walkersOn(notKept, walk.walkDate(), criteria));
		present.sort(java.util.Comparator.comparingLong(WalkFacts.Walker::walkerId));
		return new WalkFacts(walk.walkDate(), present, start, end.isBefore(start) ? start : end,
				walk.reportReceivedAt());
	}

	/** Each present walker's age and training on the walk's date, to keep with the night as it is recorded. */
	Map<Long, WalkFacts.Walker> onTheDate(Collection<Long> ids, LocalDate date, CompletionCriteria criteria) {
		return walkersOn(ids, date, criteria).stream()
			.collect(java.util.stream.Collectors.toMap(WalkFacts.Walker::walkerId, w -> w));
	}

	private List<WalkFacts.Walker> walkersOn(Collection<Long> ids, LocalDate date, CompletionCriteria criteria) {
		return walkers.eligibility(ids, date, criteria).values().stream().map(Eligibility::facts).toList();
	}
}
