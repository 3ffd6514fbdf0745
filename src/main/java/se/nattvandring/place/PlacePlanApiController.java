package se.nattvandring.place;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;

/** The place agreement over JSON: its versions, a new version, and a party's answer. */
@RestController
@Tag(name = "Place plans", description = "The parties' joint agreement on which places the walks visit")
class PlacePlanApiController {

	/** All versions, newest first, and which one applies today. */
	record PlanHistory(@Nullable Integer inForceVersion, List<PlanView> versions) {
	}

	private final PlacePlans plans;

	PlacePlanApiController(PlacePlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/agreements/{id}/place-plans")
	@Operation(summary = "The versions, with their approvals, and the one in force today")
	PlanHistory versions(@PathVariable long id, CurrentUser user) {
		List<PlanView> versions = plans.versions(id, user);
		Integer inForce = versions.stream().filter(PlanView::isInForce).map(PlanView::versionNumber).findFirst()
			.orElse(null);
		return new PlanHistory(inForce, versions);
	}

	@PostMapping("/api/v1/agreements/{id}/place-plans")
	@Operation(summary = "Draft a new version (the district or an association); it needs every approval again")
	ResponseEntity<PlanView> draft(@PathVariable long id, @RequestBody PlacePlans.PlanDraft draft, CurrentUser user) {
		PlanView plan = plans.draft(id, draft, user);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/place-plans")).body(plan);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/v1/agreements/{id}/place-plans/approvers")
	@Operation(summary = "Which parties must approve a place plan before it is in force (the principal's coordinator)")
	java.util.List<PlacePlan.PlanParty> configureApprovers(@PathVariable long id,
			@RequestBody java.util.List<PlacePlan.PlanParty> approvers, CurrentUser user) {
		plans.configureApprovers(id, approvers, user);
		return approvers;
	}

	@PostMapping("/api/v1/place-plans/{planId}/approvals")
	@Operation(summary = "The calling party approves the version, or comments on it")
	PlanView answer(@PathVariable long planId, @RequestBody PlacePlans.Answer answer, CurrentUser user) {
		return plans.answer(planId, answer, user);
	}
}
