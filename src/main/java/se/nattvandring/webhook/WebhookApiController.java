package se.nattvandring.webhook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@RestController
@Tag(name = "Webhooks", description = "Signed notices of what happened, sent to an organisation's own systems "
		+ "(Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature)")
class WebhookApiController {

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/webhooks")
	@Operation(summary = "Register an https endpoint for events: walk.reported, walk.approved, walk.rejected, "
			+ "walk.returned, basis.issued, basis.attested, placePlan.inForce, agreement.revised, agreement.extended; "
			+ "the answer holds the signing secret, shown this once")
	ResponseEntity<Webhooks.Registered> register(@RequestBody Webhooks.Registration registration, CurrentUser user) {
		Webhooks.Registered registered = webhooks.register(registration, user);
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + registered.endpoint().id())).body(registered);
	}

	@GetMapping("/api/v1/webhooks")
	@Operation(summary = "The caller's organisation's endpoints")
	Page<Webhooks.Endpoint> listWebhooks(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return webhooks.list(page, user);
	}

	@GetMapping("/api/v1/webhooks/{id}")
	@Operation(summary = "One endpoint: its events, whether it is on, and its failures in a row")
	Webhooks.Endpoint getWebhook(@PathVariable long id, CurrentUser user) {
		return webhooks.endpoint(id, user);
	}

	@GetMapping("/api/v1/webhooks/{id}/deliveries")
	@Operation(summary = "The delivery log, newest first, with each attempt's time, status code and duration")
	Page<Webhooks.Delivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			CurrentUser user) {
		return webhooks.deliveries(id, page, user);
	}

	@PostMapping("/api/v1/webhooks/{id}/enable")
	@Operation(summary = "Switch an endpoint on again after it was switched off for failing")
	Webhooks.Endpoint enable(@PathVariable long id, CurrentUser user) {
		return webhooks.enable(id, user);
	}

	@DeleteMapping("/api/v1/webhooks/{id}")
	@Operation(summary = "Remove an endpoint; what it was still owed is not sent")
	ResponseEntity<Void> remove(@PathVariable long id, CurrentUser user) {
		webhooks.remove(id, user);
		return ResponseEntity.noContent().build();
	}
}
