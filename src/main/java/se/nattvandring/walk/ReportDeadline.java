package se.nattvandring.walk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.CompletionCriteria;

/**
 * When a walk's report is due, wherever it is shown: {@link CompletionCriteria#reportDueBy} counted from the
 * check-out, the end the team really had. Only a walk not yet checked out is counted from its planned end.
 */
public final class ReportDeadline {

	private ReportDeadline() {
	}

	public static Instant of(CompletionCriteria criteria, @Nullable Instant checkedOutAt, Instant plannedEnd) {
		return criteria.reportDueBy(checkedOutAt != null ? checkedOutAt : plannedEnd);
	}
}
