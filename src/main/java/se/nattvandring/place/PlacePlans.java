package se.nattvandring.place;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.place.PlacePlan.PlanParty;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.TextChecks;

/**
 * The place agreement: drafting versions, the required parties' answers, and which version applied on a date. The
 * district or an association drafts; each required party approves or comments.
 */
@Service
@Transactional(readOnly = true)
public class PlacePlans {

	/** A new version: from when it applies, which places, and why. */
	public record PlanDraft(@Nullable LocalDate validFrom, @Nullable List<Long> placeIds, @Nullable String note) {
	}

	public enum AnswerKind {
		APPROVE, COMMENT
	}

	/**
	 * @param signedOn for an answer given on paper before it is recorded here, the day it was signed; null for now.
	 *        The audit trail keeps both that day and the moment it was recorded.
	 */
	public record Answer(@Nullable AnswerKind decision, @Nullable String comment, @Nullable LocalDate signedOn) {

		public Answer(@Nullable AnswerKind decision, @Nullable String comment) {
			this(decision, comment, null);
		}
	}

	/** A version waiting for the user's own party. */
	public record Awaiting(long planId, long agreementId, String agreementTitle, int versionNumber,
			LocalDate validFrom) {
	}

	private final PlacePlanRepository plans;

	private final PlanQueries queries;

	private final ApproverSettings approvers;

	private final Places places;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlacePlans(PlacePlanRepository plans, PlanQueries queries, ApproverSettings approvers, Places places,
			Agreements agreements, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.plans = plans;
		this.queries = queries;
		this.approvers = approvers;
		this.places = places;
		this.agreements = agreements;
		this.clock = clock;
	}

	public List<PlanView> versions(long agreementId, CurrentUser user) {
		agreements.requireVisible(agreementId, user);
		return queries.versions(agreementId, StockholmTime.today(clock));
	}

	/** The place plan that applied on a date, for the modules that plan and check walks. */
	public Optional<PlanView> inForceOn(long agreementId, LocalDate date) {
		return queries.versions(agreementId, date).stream().filter(PlanView::isInForce).findFirst();
	}

	public List<PlanParty> requiredParties(AgreementDocument agreement) {
		return approvers.requiredParties(agreement);
	}

	@Transactional
	public void configureApprovers(long agreementId, List<PlanParty> parties, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!agreements.mayChange(agreement, user)) {
			throw new AccessDeniedException("The principal's coordinator decides who approves place plans");
		}
		approvers.configure(agreement, parties);
		events.publishEvent(new PlaceEvents.PlaceApproversConfigured(agreementId,
				parties.stream().map(p -> p.organisationId() + ":" + p.role()).toList()));
	}

	public boolean mayDraft(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR) || (user.has(Role.ASSOCIATION_CONTACT)
						&& agreement.hasParty(user.organisationId(), PartyRole.ASSOCIATION));
	}

	@Transactional
	public PlanView draft(long agreementId, PlanDraft draft, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!mayDraft(agreement, user)) {
			throw new AccessDeniedException("The district or an association drafts place plans");
		}
		List<Long> placeIds = draft.placeIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.placeIds()));
		validate(agreement, draft, placeIds);
		int next = plans.latestVersionNumber(agreementId) + 1;
		PlacePlan saved = plans.save(PlacePlan.draft(agreementId, next, draft.validFrom(), placeIds,
				requiredParties(agreement), blankToNull(draft.note()), user.organisationId(), user.username(),
				clock.instant()));
		events.publishEvent(new PlaceEvents.PlacePlanDrafted(saved.requiredId(), agreementId, next, placeIds));
		return view(saved);
	}

	@Transactional
	public PlanView answer(long planId, Answer answer, CurrentUser user) {
		PlacePlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("place-plan", planId));
		agreements.requireVisible(plan.agreementId(), user);
		PlanParty party = partyOf(user, plan.required())
			.orElseThrow(() -> new RuleViolationException("placePlan.error.notRequired"));
		int latest = plans.latestVersionNumber(plan.agreementId());
		if (answer.decision() == null) {
			throw new InvalidInputException("decision", "error.required");
		}
		java.time.Instant at = clock.instant();
		if (answer.signedOn() != null) {
			if (answer.signedOn().isAfter(StockholmTime.today(clock))
					|| answer.signedOn().isBefore(plan.validFrom().minusYears(1))) {
				throw new InvalidInputException("signedOn", "placePlan.error.signedOn");
			}
			at = answer.signedOn().atStartOfDay(StockholmTime.ZONE).toInstant();
		}
		if (answer.decision() == AnswerKind.APPROVE) {
			plan.approve(party, user.username(), at, latest);
		}
		else {
			String comment = answer.comment() == null ? "" : answer.comment().strip();
			TextChecks.problem("comment", comment, true, 1000).ifPresent(problem -> {
				throw new InvalidInputException(List.of(problem));
			});
			plan.comment(party, user.username(), comment, at, latest);
		}
		plans.save(plan);
		return view(plan);
	}

	/** The newest versions that wait for the user's own party, across the user's agreements. */
	public List<Awaiting> awaiting(CurrentUser user) {
		List<String> roles = candidateRoles(user).stream().map(Enum::name).toList();
		return roles.isEmpty() ? List.of() : queries.awaiting(user.organisationId(), roles);
	}

	/** The party in which the user answers: their organisation, in the role their own role stands for. */
	Optional<PlanParty> partyOf(CurrentUser user, List<PlanParty> required) {
		return candidateRoles(user).stream().map(role -> new PlanParty(user.organisationId(), role))
			.filter(required::contains).findFirst();
	}

	private static List<PartyRole> candidateRoles(CurrentUser user) {
		List<PartyRole> roles = new ArrayList<>();
		if (user.has(Role.ASSOCIATION_CONTACT)) {
			roles.add(PartyRole.ASSOCIATION);
		}
		if (user.has(Role.FOUNDATION)) {
			roles.add(PartyRole.SUPPORTING);
		}
		if (user.has(Role.FIELD_ASSISTANT)) {
			roles.add(PartyRole.FIELD_ASSISTANTS);
		}
		if (user.has(Role.DISTRICT_COORDINATOR)) {
			roles.add(PartyRole.PRINCIPAL);
		}
		return roles;
	}

	private void validate(AgreementDocument agreement, PlanDraft draft, List<Long> placeIds) {
		List<FieldViolation> problems = new ArrayList<>();
		if (draft.validFrom() == null) {
			problems.add(new FieldViolation("validFrom", "error.required"));
		}
		else if (draft.validFrom().isBefore(agreement.periodStart())
				|| draft.validFrom().isAfter(agreement.effectiveEnd())) {
			problems.add(new FieldViolation("validFrom", "placePlan.error.validFromOutside"));
		}
		if (placeIds.isEmpty()) {
			problems.add(new FieldViolation("placeIds", "placePlan.error.noPlaces"));
		}
		else {
			var found = places.byIds(placeIds);
			boolean allHere = found.size() == placeIds.size()
					&& found.stream().allMatch(p -> p.agreementId() == agreement.id() && p.active());
			if (!allHere) {
				problems.add(new FieldViolation("placeIds", "placePlan.error.foreignPlace"));
			}
		}
		TextChecks.problem("note", draft.note(), false, 500).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private PlanView view(PlacePlan plan) {
		return queries.versions(plan.agreementId(), StockholmTime.today(clock)).stream()
			.filter(v -> v.id() == plan.requiredId()).findFirst().orElseThrow();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
