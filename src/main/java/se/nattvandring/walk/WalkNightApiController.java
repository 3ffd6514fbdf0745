package se.nattvandring.walk;

import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.IdempotentWrites;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;
import se.nattvandring.walk.NightEntries.ContactEntry;
import se.nattvandring.walk.NightEntries.ObservationEntry;
import se.nattvandring.walk.NightEntries.ReportEntry;
import se.nattvandring.walk.NightEntries.Submit;
import se.nattvandring.walk.NightEntries.VisitEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walk night's writes from the phone. Each takes an {@code Idempotency-Key}, so a write sent again after a lost
 * answer is done once; each answers with the walk and its night as they now stand.
 */
@RestController
@Tag(name = "Walk night", description = "Check-in, visits, observations, check-out and the report, offline-safe")
class WalkNightApiController {

	private final WalkNights nights;

	private final WalkNightReader reader;

	private final IdempotentWrites idempotent;

	private final JsonMapper json;

	WalkNightApiController(WalkNights nights, WalkNightReader reader, IdempotentWrites idempotent, JsonMapper json) {
		this.nights = nights;
		this.reader = reader;
		this.idempotent = idempotent;
		this.json = json;
	}

	@PostMapping("/api/v1/walks/{id}/check-in")
	@Operation(summary = "Check in: who is present (unplanned walkers if eligible), and when, as {\"present\":[…],\"at\":…}")
	ResponseEntity<String> checkIn(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, CheckIn.class, entry -> nights.checkIn(id, entry, user));
	}

	@PostMapping("/api/v1/walks/{id}/visits")
	@Operation(summary = "A place on the route visited, {\"placeId\":…,\"at\":…}")
	ResponseEntity<String> visit(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, VisitEntry.class, entry -> nights.visit(id, entry, user));
	}

	@PostMapping("/api/v1/walks/{id}/observations")
	@Operation(summary = "An observation: category, place, young people per age band, help called, a short note")
	ResponseEntity<String> observe(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, ObservationEntry.class, entry -> nights.observe(id, entry, user));
	}

	@PostMapping("/api/v1/walks/{id}/youth-contacts")
	@Operation(summary = "Conversations with young people, counted per age band")
	ResponseEntity<String> youthContacts(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, ContactEntry.class, entry -> nights.youthContacts(id, entry, user));
	}

	@PostMapping("/api/v1/walks/{id}/check-out")
	@Operation(summary = "Check out, {\"at\":…}")
	ResponseEntity<String> checkOut(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, CheckOut.class, entry -> nights.checkOut(id, entry, user));
	}

	@PutMapping("/api/v1/walks/{id}/report")
	@Operation(summary = "Write the report: summary, what went well, follow-up needed, suggestions for places")
	ResponseEntity<String> report(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, ReportEntry.class, entry -> nights.saveReport(id, entry, user));
	}

	@PostMapping("/api/v1/walks/{id}/report/submit")
	@Operation(summary = "Submit the report; it is then locked for walkers")
	ResponseEntity<String> submit(@PathVariable long id, @RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, Submit.class, entry -> nights.submitReport(id, entry, user));
	}

	private <T> ResponseEntity<String> write(long id, @Nullable String body, @Nullable String key, CurrentUser user,
			HttpServletRequest request, Class<T> type, Consumer<T> action) {
		String raw = body == null || body.isBlank() ? "{}" : body;
		return idempotent.run(key, user.userId(), request.getMethod(), request.getRequestURI(), raw, () -> {
			action.accept(parse(raw, type));
			return ResponseEntity.ok(reader.document(id, user));
		});
	}

	private <T> T parse(String raw, Class<T> type) {
		try {
			return json.readValue(raw, type);
		}
		catch (JacksonException unreadable) {
			throw new InvalidInputException("body", "night.error.unreadable");
		}
	}
}
