package se.nattvandring.walk.web;

import se.nattvandring.walk.query.WalkNightReader;
import se.nattvandring.walk.SeriesPlan;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/** Walks and their teams as JSON: planning, series, reading and sign-ups. */
@RestController
@Tag(name = "Walks", description = "Planned walks, series and sign-ups")
class WalkApiController {

	/** A sign-up: empty for the signed-in walker, or the walker the contact assigns. */
	record SignUpRequest(@Nullable Long walkerId) {
	}

	private final Walks walks;

	private final TeamSignUps signUps;

	private final WalkNightReader reader;

	WalkApiController(Walks walks, TeamSignUps signUps, WalkNightReader reader) {
		this.walks = walks;
		this.signUps = signUps;
		this.reader = reader;
	}

	@GetMapping("/api/v1/walks")
	@Operation(summary = "Walks the caller may see, by date; filter by agreement, association and dates; paged")
	Page<WalkView> list(@RequestParam(required = false) @Nullable Long agreement,
			@RequestParam(required = false) @Nullable Long association,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		Page<WalkView> result = walks.page(new Walks.Query(agreement, association, from, to, page), user);
		return result;
	}

	@PostMapping("/api/v1/walks")
	@Operation(summary = "Plan a walk (the district's coordinator, or the association's contact)")
	ResponseEntity<WalkView> plan(@RequestBody WalkPlan plan, CurrentUser user) {
		WalkView walk = walks.plan(plan, user);
		return ResponseEntity.created(URI.create("/api/v1/walks/" + walk.id())).body(walk);
	}

	@PostMapping("/api/v1/walks/series")
	@Operation(summary = "Plan a series on chosen weekdays between two dates; saved whole or not at all")
	ResponseEntity<Map<String, List<Long>>> planSeries(@RequestBody SeriesPlan series, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("walkIds", walks.planSeries(series, user)));
	}

	@GetMapping("/api/v1/walks/{id}")
	@Operation(summary = "One walk: its plan, route and team, and its night: state, attendance, log and report")
	WalkNightReader.WalkDocument get(@PathVariable long id, CurrentUser user) {
		return reader.document(id, user);
	}

	@PostMapping("/api/v1/walks/{id}/signups")
	@Operation(summary = "Sign up: the walker themself with no body, or the contact with {\"walkerId\": …}")
	ResponseEntity<WalkView> signUp(@PathVariable long id, @RequestBody(required = false) @Nullable SignUpRequest body,
			CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(signUps.signUp(id, body == null ? null : body.walkerId(), user));
	}

	@DeleteMapping("/api/v1/walks/{id}/signups/{walkerId}")
	@Operation(summary = "Withdraw: the walker themself before the cut-off, or the contact before the start")
	WalkView withdraw(@PathVariable long id, @PathVariable long walkerId, CurrentUser user) {
		return signUps.withdraw(id, walkerId, user);
	}
}
