package se.nattvandring.walk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.walk.NightSettings;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/** What the walk's page and the agreement's night settings do, for a planning system. */
@RestController
@Tag(name = "Walks")
class WalkTeamApiController {

	record Leader(@Nullable Long walkerId) {
	}

	private final Walks walks;

	private final TeamSignUps signUps;

	private final NightSettings settings;

	WalkTeamApiController(Walks walks, TeamSignUps signUps, NightSettings settings) {
		this.walks = walks;
		this.signUps = signUps;
		this.settings = settings;
	}

	@PostMapping("/api/v1/walks/{id}/cancel")
	@Operation(summary = "Cancel a planned walk; the team is told")
	WalkView cancel(@PathVariable long id, CurrentUser user) {
		walks.cancel(id, user);
		return walks.get(id, user);
	}

	@PutMapping("/api/v1/walks/{id}/leader")
	@Operation(summary = "Appoint a walker of the team its leader for the night")
	WalkView appointLeader(@PathVariable long id, @RequestBody Leader leader, CurrentUser user) {
		if (leader.walkerId() == null) {
			throw new InvalidInputException("walkerId", "error.required");
		}
		return signUps.appointLeader(id, leader.walkerId(), user);
	}

	@GetMapping("/api/v1/agreements/{id}/night-settings")
	@Operation(summary = "The agreement's night settings: whom the phone calls, and how long a night pass lasts")
	NightSettings.Chosen nightSettings(@PathVariable long id, CurrentUser user) {
		return settings.readAs(id, user);
	}

	@PutMapping("/api/v1/agreements/{id}/night-settings")
	@Operation(summary = "Change the night settings (the principal's coordinator)")
	NightSettings.Chosen configureNight(@PathVariable long id, @RequestBody NightSettings.Chosen asked,
			CurrentUser user) {
		settings.configure(id, asked, user);
		return settings.of(id);
	}
}
