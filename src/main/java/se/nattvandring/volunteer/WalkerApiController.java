package se.nattvandring.volunteer;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/** An association's walkers, for its contact and for the foundation that trains them. */
@RestController
@Tag(name = "Walkers", description = "The walker registry of each association")
class WalkerApiController {

	private final Walkers walkers;

	WalkerApiController(Walkers walkers) {
		this.walkers = walkers;
	}

	@GetMapping("/api/v1/associations/{id}/walkers")
	@Operation(summary = "The association's walkers, paged by ?page=, filtered by ?status=ACTIVE|INACTIVE")
	Page<WalkerView> list(@PathVariable long id, @RequestParam(required = false) @Nullable WalkerStatus status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		Page<WalkerView> result = walkers.page(id, status, page, user);
		return result;
	}

	@PostMapping("/api/v1/associations/{id}/walkers")
	@Operation(summary = "Register a walker (the association's contact); a birth date, never a personnummer")
	ResponseEntity<WalkerView> register(@PathVariable long id, @RequestBody WalkerDraft draft, CurrentUser user) {
		Walker walker = walkers.register(id, draft, user);
		return ResponseEntity.created(URI.create("/api/v1/walkers/" + walker.requiredId()))
			.body(walkers.get(walker.requiredId(), user));
	}

	/** The foundation's own register sends the courses it held; the criteria checks depend on them. */
	@PostMapping("/api/v1/walkers/{id}/trainings")
	@Operation(summary = "Record a completed training (Nattvandring.nu, or the association's contact): course, "
			+ "provider, completed on, valid until")
	ResponseEntity<WalkerView> recordTraining(@PathVariable long id, @RequestBody TrainingDraft draft,
			CurrentUser user) {
		walkers.recordTraining(id, draft, user);
		return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(walkers.get(id, user));
	}

	@GetMapping("/api/v1/walkers/{id}")
	@Operation(summary = "One walker, for their contact, the foundation, or themself")
	WalkerView get(@PathVariable long id, CurrentUser user) {
		return walkers.get(id, user);
	}
}
