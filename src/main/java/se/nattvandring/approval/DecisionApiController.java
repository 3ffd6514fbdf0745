package se.nattvandring.approval;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;
import se.nattvandring.walk.WalkDecisions;

@RestController
@Tag(name = "Approval", description = "The district's queue of reported walks, the criteria and the decisions")
class DecisionApiController {

	private final Decisions decisions;

	private final WalkDecisions walks;

	DecisionApiController(Decisions decisions, WalkDecisions walks) {
		this.decisions = decisions;
		this.walks = walks;
	}

	@GetMapping("/api/v1/walks/{id}/criteria")
	@Operation(summary = "The agreement's criteria on the night as recorded: each met or not, with its facts")
	CriteriaEvaluation criteria(@PathVariable long id, CurrentUser user) {
		return walks.criteria(id, user);
	}

	@PostMapping("/api/v1/walks/{id}/decision")
	@Operation(summary = "Approve, return or reject a reported walk (the district's coordinator); "
			+ "a return, a rejection or an override needs a reason")
	Decisions.Decided decide(@PathVariable long id, @RequestBody Decisions.Decision decision, CurrentUser user) {
		return decisions.decide(id, decision, user);
	}

	record WalksToApprove(@Nullable List<Long> walkIds) {
	}

	record Approved(int approved) {
	}

	@PostMapping("/api/v1/decisions/approve")
	@Operation(summary = "Approve each of these reported walks that meets every criterion; the others stay waiting")
	Approved approveAll(@RequestBody WalksToApprove chosen, CurrentUser user) {
		return new Approved(decisions.approveAllThatMeetEveryCriterion(
				chosen.walkIds() == null ? List.of() : chosen.walkIds(), user));
	}

	@GetMapping("/api/v1/decisions/pending")
	@Operation(summary = "Reports waiting for the district's decision; filter by agreement, association and dates")
	Page<Decisions.Pending> pending(@RequestParam(required = false) @Nullable Long agreement,
			@RequestParam(required = false) @Nullable Long association,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		Page<Decisions.Pending> result = decisions
			.pending(new Decisions.Query(agreement, association, from, to, page), user);
		return result;
	}
}
