package se.nattvandring.volunteer;

import java.util.List;
import java.util.Map;

import se.nattvandring.shared.AuditableEvent;

/**
 * What the volunteer module tells the rest. The audit trail keeps these for good, so they carry ids and field names,
 * never a walker's name, address or birth date: anonymisation must be able to erase a walker completely.
 */
public final class VolunteerEvents {

	private VolunteerEvents() {
	}

	public record WalkerRegistered(long walkerId, long associationId) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "created"; }
		public Map<String, ?> changes() { return Map.of("associationId", associationId); }
	}

	public record WalkerRevised(long walkerId, List<String> fields) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "revised"; }
		public Map<String, ?> changes() { return Map.of("fields", fields); }
	}

	public record WalkerDeactivated(long walkerId) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "disabled"; }
		public Map<String, ?> changes() { return Map.of("status", "INACTIVE"); }
	}

	public record WalkerReactivated(long walkerId) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "enabled"; }
		public Map<String, ?> changes() { return Map.of("status", "ACTIVE"); }
	}

	public record WalkerInvited(long walkerId, long userAccountId) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "invited"; }
		public Map<String, ?> changes() { return Map.of("userAccountId", userAccountId); }
	}

	/** The course's name stays in the walker's record: the trail keeps dates and who confirmed, no typed text. */
	public record TrainingRecorded(long walkerId, String completedOn, String validUntil,
			long confirmedByOrganisation) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "trained"; }
		public Map<String, ?> changes() {
			return Map.of("completedOn", completedOn, "validUntil", validUntil,
					"confirmedByOrganisation", confirmedByOrganisation);
		}
	}

	/** Which loan by its number on the walker's record, never the typed item: the trail cannot be anonymised. */
	public record LoanChanged(long walkerId, int loanNumber, String change) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "revised"; }
		public Map<String, ?> changes() { return Map.of("loan", loanNumber, "change", change); }
	}

	/** Other modules erase what they hold about the walker; counts stay. */
	public record WalkerAnonymised(long walkerId) implements AuditableEvent {
		public String entityType() { return "walker"; }
		public String entityId() { return String.valueOf(walkerId); }
		public String action() { return "anonymised"; }
		public Map<String, ?> changes() { return Map.of("status", "ANONYMISED"); }
	}

	/** A member list confirmed: the new walkers' ids, never their details. */
	public record WalkersImported(long importId, long associationId, List<Long> walkerIds) implements AuditableEvent {
		public String entityType() { return "walkerImport"; }
		public String entityId() { return String.valueOf(importId); }
		public String action() { return "confirmed"; }
		public Map<String, ?> changes() { return Map.of("associationId", associationId, "walkerIds", walkerIds); }
	}
}
