package se.nattvandring.walk;

import se.nattvandring.walk.query.NightQueries;
import se.nattvandring.walk.query.NightView;
import se.nattvandring.walk.query.WalkQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.StockholmTime;

/**
 * Tonight's walks for the district, its field assistants and the associations: each walk's status and the last place
 * it visited. There is no tracking of persons; a place is known only when the team marks it visited. Also the overdue
 * walks that the alert job and the start page act on.
 */
@Service
@Transactional(readOnly = true)
public class TonightOverview {

	/** One walk of tonight, as the overview shows it. */
	public record Line(WalkView walk, NightView.@Nullable VisitView lastVisit, boolean overdue) {
	}

	private final Walks walks;

	private final WalkQueries queries;

	private final NightQueries nights;

	private final OverdueRule overdueRule;

	private final Clock clock;

	TonightOverview(Walks walks, WalkQueries queries, NightQueries nights,
			OverdueRule overdueRule, Clock clock) {
		this.walks = walks;
		this.queries = queries;
		this.nights = nights;
		this.overdueRule = overdueRule;
		this.clock = clock;
	}

	/** The walks of today's evening and of last night that are still going, that the user may see. */
	public List<Line> tonight(CurrentUser user) {
		if (user.has(Role.WALKER) && user.roles().size() == 1) {
			throw new AccessDeniedException("The overview is for the district and the associations");
		}
		LocalDate today = StockholmTime.today(clock);
		Instant now = clock.instant();
		List<WalkView> list = walks.between(null, null, today.minusDays(1), today, user).stream()
			.filter(w -> w.date().equals(today) || w.status() == WalkStatus.IN_PROGRESS)
			.filter(w -> w.status() != WalkStatus.CANCELLED).toList();
		Map<Long, NightView.VisitView> last = nights.lastVisits(list.stream().map(WalkView::id).toList());
		return list.stream().map(w -> new Line(w, last.get(w.id()), isOverdue(w, now))).toList();
	}

	/** Walks of an association that should have been checked out by now, for its contact's start page. */
	public List<WalkView> overdueOf(long associationId) {
		return queries.inProgressEndedBefore(overdueRule.endedBefore(clock.instant()), false, associationId);
	}

	/**
	 * Completed walks of the contact's association whose report is past the agreement's deadline.
	 * @param criteria each agreement's criteria, as the caller already has them
	 */
	public List<WalkView> lateReports(CurrentUser user,
			java.util.function.Function<Long, se.nattvandring.agreement.@Nullable CompletionCriteria> criteria) {
		LocalDate today = StockholmTime.today(clock);
		Instant now = clock.instant();
		List<WalkView> completed = walks.page(new Walks.Query(null, user.organisationId(), today.minusDays(90), today,
				0), user).items().stream().filter(w -> w.status() == WalkStatus.COMPLETED).toList();
		Map<Long, Instant> checkedOut = nights.checkedOutAt(completed.stream().map(WalkView::id).toList());
		return completed.stream().filter(w -> {
			var terms = criteria.apply(w.agreementId());
			return terms != null && ReportDeadline.of(terms, checkedOut.get(w.id()), w.endsAt()).isBefore(now);
		}).toList();
	}

	private boolean isOverdue(WalkView walk, Instant now) {
		return overdueRule.isOverdue(walk.status(), walk.endsAt(), now);
	}
}
