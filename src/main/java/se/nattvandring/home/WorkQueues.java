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
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.People;
import se.nattvandring.identity.Role;
import se.nattvandring.payment.BasesToAttest;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.TonightOverview;
import se.nattvandring.walk.WalkPayments;
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

	/** A period whose approved walks wait for the coordinator to prepare a basis. */
	record ReadyForBasis(long agreementId, String agreement, String association, int walks, LocalDate from,
			LocalDate to) {
	}

	/** A partner whose new payee details wait for a second person at the district, and where to confirm them. */
	record PayeeToConfirm(long agreementId, String association) {
	}

	/** How far ahead a contact looks for training that ends. */
	static final int TRAINING_DAYS = 60;

	/** How far ahead the coordinator looks for walks short of walkers. */
	static final int COORDINATOR_DAYS = 7;

	/** The queues list this many items and say how many more there are. */
	static final int SHOWN = 5;

	private final Decisions decisions;

	private final Walks walks;

	private final TonightOverview tonight;

	private final BasesToAttest bases;

	private final Organisations organisations;

	private final WalkPayments payments;

	private final Walkers walkers;

	private final int contactDays;

	private final People people;

	WorkQueues(People people, Decisions decisions, Walks walks, TonightOverview tonight, BasesToAttest bases,
			Organisations organisations, WalkPayments payments, Walkers walkers,
			@Value("${nattvandring.start-page.contact-days:14}") int contactDays) {
		this.people = people;
		this.payments = payments;
		this.walkers = walkers;
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
			payments(user, today, running, model);
			model.addAttribute("firstSteps", running.isEmpty());
		}
		if (user.has(Role.ASSOCIATION_CONTACT)) {
			contact(user, today, now, running, model);
		}
		if (user.isAdmin() && user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION) {
			model.addAttribute("staffAlone", people.ofOwnOrganisation(user).size() <= 1);
		}
	}

	private void coordinator(CurrentUser user, LocalDate today, Instant now, Model model) {
		var pending = decisions.pending(new Decisions.Query(null, null, null, null, 0), user);
		model.addAttribute("reportsWaiting", pending.items().stream().limit(SHOWN)
			.map(p -> new WaitingReport(p.walkId(), p.date(), p.associationName(),
					ChronoUnit.DAYS.between(p.reportedAt(), now), p.criteriaMet()))
			.toList());
		model.addAttribute("reportsWaitingTotal", pending.total());
		model.addAttribute("shortWeek", shortOfWalkers(user, today, COORDINATOR_DAYS, now));
		model.addAttribute("shortDays", COORDINATOR_DAYS);
		model.addAttribute("awaitingAttest", bases.issuedInDistrict(user));
		var counts = tonight.counts(user);
		model.addAttribute("tonightCount", counts.walks());
		model.addAttribute("tonightOverdue", counts.overdue());
	}

	/** Periods that have ended with approved walks not yet on a basis; partners' payee changes to confirm. */
	private void payments(CurrentUser user, LocalDate today, List<AgreementDocument> running, Model model) {
		Map<Long, AgreementDocument> byId = running.stream()
			.filter(a -> a.isPrincipal(user.organisationId()))
			.collect(Collectors.toMap(AgreementDocument::id, Function.identity()));
		// Each approved walk counts in its own payment period; a period waits for its basis once it has ended.
		Map<List<Object>, ReadyForBasis> ready = new java.util.LinkedHashMap<>();
		for (WalkPayments.WaitingForBasis waiting : payments.waitingForBasis(byId.keySet())) {
			AgreementDocument agreement = byId.get(waiting.agreementId());
			var rule = agreement.paymentRule();
			var period = rule.current().cadence().periodContaining(waiting.walked(), rule.term());
			if (period.end().isBefore(today)) {
				String association = agreement.associations().stream()
					.filter(p -> p.organisationId() == waiting.associationId()).map(p -> p.name()).findFirst()
					.orElse("");
				ready.merge(List.of(agreement.id(), waiting.associationId(), period.start()),
						new ReadyForBasis(agreement.id(), agreement.title(), association, 1, period.start(), period.end()),
						(known, more) -> new ReadyForBasis(known.agreementId(), known.agreement(), known.association(),
								known.walks() + 1, known.from(), known.to()));
			}
		}
		model.addAttribute("readyForBasis", List.copyOf(ready.values()));
		List<PayeeToConfirm> payees = new java.util.ArrayList<>();
		for (long organisation : organisations.payeeChangesToConfirm(user)) {
			byId.values().stream().flatMap(a -> a.associations().stream()
				.filter(p -> p.organisationId() == organisation).map(p -> new PayeeToConfirm(a.id(), p.name())))
				.findFirst().ifPresent(payees::add);
		}
		model.addAttribute("payeesToConfirm", payees);
	}

	private void contact(CurrentUser user, LocalDate today, Instant now, List<AgreementDocument> running,
			Model model) {
		model.addAttribute("trainingEnding", walkers.trainingEnding(user.organisationId(), TRAINING_DAYS, user));
		model.addAttribute("trainingDays", TRAINING_DAYS);
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
