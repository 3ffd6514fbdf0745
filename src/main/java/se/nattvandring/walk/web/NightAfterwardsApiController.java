package se.nattvandring.walk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.walk.NightsAfterwards;

@RestController
@Tag(name = "Walk night", description = "Check-in, visits, observations, check-out and the report, offline-safe")
class NightAfterwardsApiController {

	private final NightsAfterwards afterwards;

	NightAfterwardsApiController(NightsAfterwards afterwards) {
		this.afterwards = afterwards;
	}

	@PostMapping("/api/v1/walks/{id}/night-from-paper")
	@Operation(summary = "Register a night kept on paper in one call: who was there, the times, visits, "
			+ "observations, youth contacts and the debrief; answers the criteria on it")
	CriteriaEvaluation registerFromPaper(@PathVariable long id, @RequestBody NightsAfterwards.PaperNight night,
			CurrentUser user) {
		return afterwards.registerFromPaper(id, night, user);
	}

	@PostMapping("/api/v1/walks/{id}/corrections")
	@Operation(summary = "Correct a returned walk's attendance and times, with a reason; answers the criteria again")
	CriteriaEvaluation correct(@PathVariable long id, @RequestBody NightsAfterwards.NightCorrection correction,
			CurrentUser user) {
		return afterwards.correct(id, correction, user);
	}
}
