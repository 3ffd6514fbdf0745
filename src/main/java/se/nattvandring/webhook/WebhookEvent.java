package se.nattvandring.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events an endpoint may ask for, by the name a receiver sees in {@code type}. */
public enum WebhookEvent {

	WALK_REPORTED("walk.reported"), WALK_APPROVED("walk.approved"), WALK_REJECTED("walk.rejected"),
	WALK_RETURNED("walk.returned"), BASIS_ISSUED("basis.issued"), BASIS_ATTESTED("basis.attested"),
	PLACE_PLAN_IN_FORCE("placePlan.inForce"), AGREEMENT_REVISED("agreement.revised"),
	AGREEMENT_EXTENDED("agreement.extended");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	public String type() {
		return type;
	}

	static Optional<WebhookEvent> ofType(String type) {
		return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
	}

	static List<String> types() {
		return Arrays.stream(values()).map(WebhookEvent::type).toList();
	}
}
