package se.nattvandring.walk;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a walk is overdue: still in progress more than {@code nattvandring.walks.overdue-after} after its planned end.
 * The one definition. Java asks {@link #isOverdue}; SQL filters on {@code ends_at < :endedBefore} with
 * {@link #endedBefore}, the same boundary, which {@code OverdueRuleTests} holds both sides to.
 */
@Component
public class OverdueRule {

	private final Duration after;

	OverdueRule(@Value("${nattvandring.walks.overdue-after:PT60M}") Duration after) {
		this.after = after;
	}

	public boolean isOverdue(WalkStatus status, Instant endsAt, Instant now) {
		return status == WalkStatus.IN_PROGRESS && now.isAfter(endsAt.plus(after));
	}

	/** For SQL: a walk in progress whose {@code ends_at} lies before this instant is overdue. */
	Instant endedBefore(Instant now) {
		return now.minus(after);
	}
}
