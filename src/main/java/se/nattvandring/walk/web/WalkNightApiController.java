package se.nattvandring.walk.web;

import static se.nattvandring.walk.NightWriteRoutes.CHECK_IN;
import static se.nattvandring.walk.NightWriteRoutes.CHECK_OUT;
import static se.nattvandring.walk.NightWriteRoutes.OBSERVATIONS;
import static se.nattvandring.walk.NightWriteRoutes.REPORT;
import static se.nattvandring.walk.NightWriteRoutes.SUBMIT;
import static se.nattvandring.walk.NightWriteRoutes.VISITS;
import static se.nattvandring.walk.NightWriteRoutes.YOUTH_CONTACTS;

import se.nattvandring.walk.query.WalkNightReader;
import se.nattvandring.walk.query.WalkNightReader.WalkDocument;
import se.nattvandring.walk.WalkNights;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import se.nattvandring.shared.JsonInputProblems;
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
 * answer is done once. A step (check-in, check-out, the report) answers with the walk and its night as they now stand;
 * an entry (a visit, an observation, youth contacts) answers 201 with its id, so a tap costs the same all night.
 */
@RestController
@Tag(name = "Walk night", description = "Check-in, visits, observations, check-out and the report, offline-safe")
class WalkNightApiController {

	/** What an entry's write answers: the entry's id. The whole night would make each tap cost more than the last. */
	record Receipt(long walkId, String kind, long entryId) {
	}

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

	@PostMapping(CHECK_IN)
	@Operation(summary = "Check in: who is present (unplanned walkers if eligible), and when, as {\"present\":[…],\"at\":…}")
	@ApiResponse(responseCode = "200", description = "The walk and its night as they now stand", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WalkDocument.class)))	ResponseEntity<String> checkIn(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckIn.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, CheckIn.class, entry -> nights.checkIn(id, entry, user));
	}

	@PostMapping(VISITS)
	@Operation(summary = "A place on the route visited, {\"placeId\":…,\"at\":…}")
	@ApiResponse(responseCode = "201", description = "The entry is stored; its id", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))	ResponseEntity<String> visit(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = VisitEntry.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return entry(id, body, key, user, request, VisitEntry.class, "visit", entry -> nights.visit(id, entry, user));
	}

	@PostMapping(OBSERVATIONS)
	@Operation(summary = "An observation: category, place, young people per age band, help called, a short note")
	@ApiResponse(responseCode = "201", description = "The entry is stored; its id", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))	ResponseEntity<String> observe(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObservationEntry.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return entry(id, body, key, user, request, ObservationEntry.class, "observation",
				entry -> nights.observe(id, entry, user));
	}

	@PostMapping(YOUTH_CONTACTS)
	@Operation(summary = "Conversations with young people, counted per age band")
	@ApiResponse(responseCode = "201", description = "The entry is stored; its id", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))	ResponseEntity<String> youthContacts(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactEntry.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return entry(id, body, key, user, request, ContactEntry.class, "youthContact",
				entry -> nights.youthContacts(id, entry, user));
	}

	@PostMapping(CHECK_OUT)
	@Operation(summary = "Check out, {\"at\":…}")
	@ApiResponse(responseCode = "200", description = "The walk and its night as they now stand", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WalkDocument.class)))	ResponseEntity<String> checkOut(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckOut.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, CheckOut.class, entry -> nights.checkOut(id, entry, user));
	}

	@PutMapping(REPORT)
	@Operation(summary = "Write the report: summary, what went well, follow-up needed, suggestions for places")
	@ApiResponse(responseCode = "200", description = "The walk and its night as they now stand", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WalkDocument.class)))	ResponseEntity<String> report(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportEntry.class)))
			@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = IdempotentWrites.HEADER, required = false) @Nullable String key, CurrentUser user,
			HttpServletRequest request) {
		return write(id, body, key, user, request, ReportEntry.class, entry -> nights.saveReport(id, entry, user));
	}

	@PostMapping(SUBMIT)
	@Operation(summary = "Submit the report; it is then locked for walkers")
	@ApiResponse(responseCode = "200", description = "The walk and its night as they now stand", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WalkDocument.class)))	ResponseEntity<String> submit(@PathVariable long id, 
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = Submit.class)))
			@RequestBody(required = false) @Nullable String body,
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

	private <T> ResponseEntity<String> entry(long id, @Nullable String body, @Nullable String key, CurrentUser user,
			HttpServletRequest request, Class<T> type, String kind, ToLongFunction<T> append) {
		String raw = body == null || body.isBlank() ? "{}" : body;
		return idempotent.run(key, user.userId(), request.getMethod(), request.getRequestURI(), raw,
				() -> ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(id, kind, append.applyAsLong(
						parse(raw, type)))));
	}

	private <T> T parse(String raw, Class<T> type) {
		T entry;
		try {
			entry = json.readValue(raw, type);
		}
		catch (JacksonException unreadable) {
			throw JsonInputProblems.of(unreadable).map(violation -> new InvalidInputException(java.util.List.of(violation)))
				.orElseGet(() -> new InvalidInputException("body", "night.error.unreadable"));
		}
		if (entry == null) {
			// The literal null as the whole body: nothing to record.
			throw new InvalidInputException("body", "error.nullValue");
		}
		return entry;
	}
}
