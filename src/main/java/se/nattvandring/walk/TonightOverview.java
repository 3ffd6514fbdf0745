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
	/** The most walks one start-page queue lists; it says how many more there are. */
	public static final int QUEUE_LIMIT = 50;

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

	/** How many walks tonight's overview holds, and how many of them are overdue: one statement, for a start page. */
	public record Counts(int walks, long overdue) {
	}

	public Counts counts(CurrentUser user) {
		Instant now = clock.instant();
		List<WalkView> list = tonightsWalks(user);
		return new Counts(list.size(), list.stream().filter(w -> isOverdue(w, now)).count());
	}

	/** The walks of today's evening and of last night that are still going, that the user may see. */
	public List<Line> tonight(CurrentUser user) {
		Instant now = clock.instant();
		List<WalkView> list = tonightsWalks(user);
		Map<Long, NightView.VisitView> last = nights.lastVisits(list.stream().map(WalkView::id).toList());
		return list.stream().map(w -> new Line(w, last.get(w.id()), isOverdue(w, now))).toList();
	}

	/** Walks of an association that should have been checked out by now, for its contact's start page. */
	public List<WalkView> overdueOf(long associationId) {
		return queries.inProgressEndedBefore(overdueRule.endedBefore(clock.instant()), false, associationId);
	}

	/** A night walked and not yet reported, with the moment its report is due under the terms of its date. */
	public record ToReport(WalkView walk, Instant dueBy, boolean late) {
	}

	/**
	 * Completed walks of the contact's association whose report is not sent, most urgent first, each with its
	 * deadline under the agreement's terms on the walk's date.
	 * @param agreements each agreement, as the caller already has them
	 */
	public List<ToReport> toReport(CurrentUser user,
			java.util.function.Function<Long, se.nattvandring.agreement.@Nullable AgreementDocument> agreements) {
		LocalDate today = StockholmTime.today(clock);
		Instant now = clock.instant();
		List<WalkView> completed = walks.inStatus(new Walks.Query(null, user.organisationId(), today.minusDays(90),
				today, 0), java.util.Set.of(WalkStatus.COMPLETED), QUEUE_LIMIT, user);
		Map<Long, Instant> checkedOut = nights.checkedOutAt(completed.stream().map(WalkView::id).toList());
		List<ToReport> due = new java.util.ArrayList<>();
		for (WalkView walk : completed) {
			var agreement = agreements.apply(walk.agreementId());
			if (agreement != null) {
				Instant dueBy = ReportDeadline.of(agreement.criteriaOn(walk.date()), checkedOut.get(walk.id()),
						walk.endsAt());
				due.add(new ToReport(walk, dueBy, dueBy.isBefore(now)));
			}
		}
		due.sort(java.util.Comparator.comparing(ToReport::dueBy));
		return due;
	}

	/** Completed walks of the contact's association whose report is past the deadline. */
	public List<WalkView> lateReports(CurrentUser user,
			java.util.function.Function<Long, se.nattvandring.agreement.@Nullable AgreementDocument> agreements) {
		return toReport(user, agreements).stream().filter(ToReport::late).map(ToReport::walk).toList();
	}

	private List<WalkView> tonightsWalks(CurrentUser user) {
		if (user.isWalkerOnly()) {
			throw new AccessDeniedException("The overview is for the district and the associations");
		}
		LocalDate today = StockholmTime.today(clock);
		return walks.between(null, null, today.minusDays(1), today, user).stream()
			.filter(w -> w.date().equals(today) || w.status() == WalkStatus.IN_PROGRESS)
			.filter(w -> w.status() != WalkStatus.CANCELLED).toList();
	}

	private boolean isOverdue(WalkView walk, Instant now) {
		return overdueRule.isOverdue(walk.status(), walk.endsAt(), now);
	}
}
