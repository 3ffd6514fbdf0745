package se.nattvandring.approval;

import java.net.URI;

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

@RestController
@Tag(name = "Approval", description = "The district's queue of reported walks, the criteria and the decisions")
class SpotCheckApiController {

	/** The outcome of one walk's closer check. */
	record CheckOutcome(SpotChecks.@Nullable Outcome outcome) {
	}

	private final SpotChecks spotChecks;

	SpotCheckApiController(SpotChecks spotChecks) {
		this.spotChecks = spotChecks;
	}

	@PostMapping("/api/v1/agreements/{id}/spot-checks")
	@Operation(summary = "Draw a seeded random sample of the period's approved walks for a closer check")
	ResponseEntity<SpotChecks.SpotCheck> draw(@PathVariable long id, @RequestBody SpotChecks.Draw draw,
			CurrentUser user) {
		SpotChecks.SpotCheck drawn = spotChecks.draw(id, draw, user);
		return ResponseEntity.created(URI.create("/api/v1/spot-checks/" + drawn.id())).body(drawn);
	}

	@GetMapping("/api/v1/spot-checks/{id}")
	@Operation(summary = "A spot check: its period, seed and sample, with each walk's outcome so far")
	SpotChecks.SpotCheck get(@PathVariable long id, CurrentUser user) {
		return spotChecks.get(id, user);
	}

	@PostMapping("/api/v1/spot-checks/{id}/walks/{walkId}")
	@Operation(summary = "Record the outcome of one sampled walk's check: CONFIRMED or DEVIATION")
	SpotChecks.SpotCheck record(@PathVariable long id, @PathVariable long walkId, @RequestBody CheckOutcome outcome,
			CurrentUser user) {
		return spotChecks.record(id, walkId, outcome.outcome(), user);
	}
}
