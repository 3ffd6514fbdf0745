package se.nattvandring.walk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.place.PlaceView;
import se.nattvandring.place.PlanView;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.TextChecks;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;

/**
 * The rules a planned walk must meet under its agreement: inside the agreement's period, a route from the place plan
 * in force that day, sensible times and team sizes, and an eligible team leader of the association.
 */
@Component
class WalkPlanning {

	static final int DEFAULT_MAX_TEAM = 8;

	static final int LARGEST_TEAM = 30;

	/** A plan's team sizes after defaults. */
	record TeamSize(int min, int max) {
	}

	private final PlacePlans placePlans;

	private final Walkers walkers;

	private final TeamEntry teamEntry;

	WalkPlanning(PlacePlans placePlans, Walkers walkers, TeamEntry teamEntry) {
		this.placePlans = placePlans;
		this.walkers = walkers;
		this.teamEntry = teamEntry;
	}

	TeamSize teamSize(WalkPlan plan, AgreementDocument agreement) {
		int min = plan.minTeam() == null ? agreement.criteria().minWalkers() : plan.minTeam();
		int max = plan.maxTeam() == null ? Math.max(min, DEFAULT_MAX_TEAM) : plan.maxTeam();
		return new TeamSize(min, max);
	}

	/** What is wrong with the plan whatever its date: association, times, meeting point, team sizes, leader. */
	List<FieldViolation> checkCommon(WalkPlan plan, AgreementDocument agreement) {
		List<FieldViolation> problems = new ArrayList<>();
		if (plan.associationId() == null) {
			problems.add(new FieldViolation("associationId", "error.required"));
		}
		else if (!agreement.hasParty(plan.associationId(), PartyRole.ASSOCIATION)) {
			problems.add(new FieldViolation("associationId", "walk.error.notAssociationOfAgreement"));
		}
		if (plan.start() == null) {
			problems.add(new FieldViolation("start", "error.required"));
		}
		if (plan.end() == null) {
			problems.add(new FieldViolation("end", "error.required"));
		}
		else if (plan.end().equals(plan.start())) {
			problems.add(new FieldViolation("end", "walk.error.endIsStart"));
		}
		TextChecks.problem("meetingPoint", plan.meetingPoint(), true, 200).ifPresent(problems::add);
		TeamSize size = teamSize(plan, agreement);
		if (size.min() < 1 || size.min() > LARGEST_TEAM) {
			problems.add(new FieldViolation("minTeam", "walk.error.teamSize", 1, LARGEST_TEAM));
		}
		else if (size.max() < size.min() || size.max() > LARGEST_TEAM) {
			problems.add(new FieldViolation("maxTeam", "walk.error.maxTeam", size.min(), LARGEST_TEAM));
		}
		if (plan.teamLeaderId() != null && plan.associationId() != null) {
			boolean ownActive = walkers.byIds(List.of(plan.teamLeaderId())).stream()
				.anyMatch(w -> w.associationId() == plan.associationId()
						&& w.status() == se.nattvandring.volunteer.WalkerStatus.ACTIVE);
			if (!ownActive) {
				problems.add(new FieldViolation("teamLeaderId", "walk.error.leaderNotOfAssociation"));
			}
		}
		return problems;
	}

	/**
	 * What is wrong with the plan on one date: outside the agreement, a route place the plan in force does not hold,
	 * an ineligible leader. Violations name the date, so a series says which of its walks is wrong.
	 */
	List<FieldViolation> checkOn(LocalDate date, WalkPlan plan, AgreementDocument agreement, String dateField) {
		List<FieldViolation> problems = new ArrayList<>();
		if (!agreement.isInForceOn(date)) {
			problems.add(new FieldViolation(dateField, "walk.error.outsidePeriod", date,
					agreement.periodStart(), agreement.effectiveEnd()));
			return problems;
		}
		List<Long> route = plan.placeIdList();
		if (!route.isEmpty()) {
			Optional<PlanView> inForce = placePlans.inForceOn(agreement.id(), date);
			if (inForce.isEmpty()) {
				problems.add(new FieldViolation("placeIds", "walk.error.noPlaceplan", date));
			}
			else if (!new HashSet<>(inForce.get().places().stream().map(PlaceView::id).toList()).containsAll(route)) {
				problems.add(new FieldViolation("placeIds", "walk.error.routeNotInPlan", date,
						inForce.get().versionNumber()));
			}
		}
		Long leader = plan.teamLeaderId();
		if (leader != null && plan.associationId() != null && plan.start() != null && plan.end() != null) {
			// The leader joins the team as anyone does: eligible on the date and on no overlapping walk.
			TeamEntry.Slot slot = TeamEntry.Slot.unsaved(new WalkTimes(date, plan.start(), plan.end()));
			teamEntry.refusal(plan.associationId(), slot, List.of(leader), agreement.criteriaOn(date))
				.ifPresent(refused -> problems.add(
						new FieldViolation("teamLeaderId", refused.messageKey(), refused.arguments())));
		}
		return problems;
	}

	/** The association's active walkers, for the planner's leader picker. */
	List<WalkerView> candidates(long associationId) {
		return walkers.active(associationId);
	}
}
