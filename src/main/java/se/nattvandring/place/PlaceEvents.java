package se.nattvandring.place;

import java.util.List;
import java.util.Map;

import se.nattvandring.shared.AuditableEvent;

/** What the place module tells the rest of the product: every change to places and plans. */
public final class PlaceEvents {

	private PlaceEvents() {
	}

	public record PlaceAdded(long placeId, long agreementId, Map<String, String> place) implements AuditableEvent {
		public String entityType() { return "place"; }
		public String entityId() { return String.valueOf(placeId); }
		public String action() { return "created"; }
		public Map<String, ?> changes() { return place; }
	}

	public record PlaceRevised(long placeId, Map<String, List<String>> changes) implements AuditableEvent {
		public String entityType() { return "place"; }
		public String entityId() { return String.valueOf(placeId); }
		public String action() { return "revised"; }
	}

	public record PlacePlanDrafted(long planId, long agreementId, int versionNumber, List<Long> placeIds)
			implements AuditableEvent {
		public String entityType() { return "place-plan"; }
		public String entityId() { return String.valueOf(planId); }
		public String action() { return "created"; }
		public Map<String, ?> changes() {
			return Map.of("agreementId", agreementId, "version", versionNumber, "placeIds", placeIds);
		}
	}

	/** @param decision APPROVED or COMMENTED */
	/** The comment's words stay with the plan, where they can be read and erased; the trail says only that one came. */
	public record PlacePlanAnswered(long planId, long organisationId, String role, String decision)
			implements AuditableEvent {
		public String entityType() { return "place-plan"; }
		public String entityId() { return String.valueOf(planId); }
		public String action() { return decision.equals("APPROVED") ? "approved" : "commented"; }
		public Map<String, ?> changes() {
			return Map.of("organisationId", organisationId, "role", role);
		}
	}

	/** @param approvers each as organisation id and role, as in "3:ASSOCIATION" */
	public record PlaceApproversConfigured(long agreementId, List<String> approvers) implements AuditableEvent {
		public String entityType() { return "agreement"; }
		public String entityId() { return String.valueOf(agreementId); }
		public String action() { return "revised"; }
		public Map<String, ?> changes() { return Map.of("placePlanApprovers", approvers); }
	}

	/** The last required approval arrived: this version is the place agreement from its valid-from date. */
	public record PlacePlanInForce(long planId, long agreementId, int versionNumber) implements AuditableEvent {
		public String entityType() { return "place-plan"; }
		public String entityId() { return String.valueOf(planId); }
		public String action() { return "inForce"; }
		public Map<String, ?> changes() { return Map.of("version", versionNumber); }
	}
}
