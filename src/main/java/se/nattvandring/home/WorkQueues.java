package se.nattvandring.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.approval.Decisions;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.payment.BasesToAttest;
import se.nattvandring.walk.TonightOverview;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/**
 * Each role's day's work, as queues on the start page: each a count, the items with a link to the action, and one
 * line when it is empty. Each queue is one bounded query.
 */
@Component
class WorkQueues {

	/** A report waiting for the coordinator's decision, with how many days it has waited. */
	record WaitingReport(long walkId, LocalDate date, String association, long daysWaiting, boolean criteriaMet) {
	}

	/** How far ahead the coordinator looks for walks short of walkers. */
	static final int COORDINATOR_DAYS = 7;

	/** The queues list this many items and say how many more there are. */
	static final int SHOWN = 5;

	private final Decisions decisions;

	private final Walks walks;

	private final TonightOverview tonight;

	private final BasesToAttest bases;

	private final Organisations organisations;

	private final int contactDays;

	WorkQueues(Decisions decisions, Walks walks, TonightOverview tonight, BasesToAttest bases,
			Organisations organisations, @Value("${nattvandring.start-page.contact-days:14}") int contactDays) {
		this.decisions = decisions;
		this.walks = walks;
		this.tonight = tonight;
		this.bases = bases;
		this.organisations = organisations;
		this.contactDays = contactDays;
	}

	void addTo(CurrentUser user, LocalDate today, Instant now, List<AgreementDocument> running, Model model) {
		if (user.has(Role.DISTRICT_COORDINATOR)) {
			coordinator(user, today, now, model);
			model.addAttribute("firstSteps", running.isEmpty());
		}
		if (user.has(Role.ASSOCIATION_CONTACT)) {
			contact(user, today, now, running, model);
		}
	}

	private void coordinator(CurrentUser user, LocalDate today, Instant now, Model model) {
		var pending = decisions.pending(new Decisions.Query(null, null, null, null, 0), user);
		Map<Long, String> names = organisations.partnersOf(user).stream()
			.collect(Collectors.toMap(Organisation::requiredId, Organisation::name));
		model.addAttribute("reportsWaiting", pending.items().stream().limit(SHOWN)
			.map(p -> new WaitingReport(p.walkId(), p.date(), names.getOrDefault(p.associationId(), ""),
					ChronoUnit.DAYS.between(p.reportedAt(), now), p.criteriaMet()))
			.toList());
		model.addAttribute("reportsWaitingTotal", pending.total());
		model.addAttribute("shortWeek", shortOfWalkers(user, today, COORDINATOR_DAYS, now));
		model.addAttribute("shortDays", COORDINATOR_DAYS);
		model.addAttribute("awaitingAttest", bases.issuedInDistrict(user));
		var lines = tonight.tonight(user);
		model.addAttribute("tonightCount", lines.size());
		model.addAttribute("tonightOverdue", lines.stream().filter(TonightOverview.Line::overdue).count());
	}

	private void contact(CurrentUser user, LocalDate today, Instant now, List<AgreementDocument> running,
			Model model) {
		model.addAttribute("understaffed", shortOfWalkers(user, today, contactDays, now));
		model.addAttribute("understaffedDays", contactDays);
		model.addAttribute("overdue", tonight.overdueOf(user.organisationId()));
		Map<Long, AgreementDocument> byId = running.stream()
			.collect(Collectors.toMap(AgreementDocument::id, Function.identity()));
		model.addAttribute("toReport", tonight.toReport(user, byId::get));
		model.addAttribute("returned", walks.inStatus(new Walks.Query(null, user.organisationId(),
				today.minusDays(365), today, 0), EnumSet.of(WalkStatus.RETURNED), TonightOverview.QUEUE_LIMIT, user));
	}

	/** Planned walks from now until {@code days} ahead whose team is smaller than the walk's minimum. */
	private List<WalkView> shortOfWalkers(CurrentUser user, LocalDate today, int days, Instant now) {
		Long association = user.has(Role.ASSOCIATION_CONTACT) ? user.organisationId() : null;
		return walks.inStatus(new Walks.Query(null, association, today, today.plusDays(days), 0),
				EnumSet.of(WalkStatus.PLANNED), TonightOverview.QUEUE_LIMIT, user).stream()
			.filter(w -> w.understaffed() && w.startsAt().isAfter(now)).toList();
	}
}
