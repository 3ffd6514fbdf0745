package se.nattvandring.walk.web;

import se.nattvandring.walk.NightPasses;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/** The night pass: issued to a walker's phone on the night page, revoked by the walker, their contact or an admin. */
@RestController
@Tag(name = "Walk night", description = "Check-in, visits, observations, check-out and the report, offline-safe")
class NightPassApiController {

	private final NightPasses passes;

	NightPassApiController(NightPasses passes) {
		this.passes = passes;
	}

	@PostMapping("/api/v1/walks/{id}/night-pass")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A night pass for the signed-in walker's phone: the night's writes only, until the report is in")
	NightPasses.IssuedPass issue(@PathVariable long id, CurrentUser user) {
		return passes.issue(id, user);
	}

	@GetMapping("/api/v1/walks/{id}/night-passes")
	@Operation(summary = "The walkers whose phones hold a live night pass for the walk")
	Page<NightPasses.Holder> holders(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			CurrentUser user) {
		return Page.of(passes.holders(id, user), page, 50);
	}

	@DeleteMapping("/api/v1/walks/{id}/night-passes/{walkerId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a walker's night pass for the walk, as when a phone is lost")
	void revoke(@PathVariable long id, @PathVariable long walkerId, CurrentUser user) {
		passes.revoke(id, walkerId, user);
	}
}
