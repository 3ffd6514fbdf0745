package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import se.nattvandring.shared.AuditableEvent;

/** What the walk module tells the rest: notification reminds on them, the audit trail keeps them all. */
public final class WalkEvents {

	private WalkEvents() {
	}

	public record WalkScheduled(long walkId, long agreementId, long associationId, LocalDate date, Instant startsAt,
			Instant endsAt, String seriesId) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "created"; }
		public Map<String, ?> changes() {
			return Map.of("agreementId", agreementId, "associationId", associationId, "date", date.toString(),
					"startsAt", startsAt.toString(), "endsAt", endsAt.toString(), "seriesId", seriesId);
		}
	}

	public record WalkCancelled(long walkId, String by) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "cancelled"; }
		public Map<String, ?> changes() { return Map.of("status", "CANCELLED"); }
	}

	public record WalkerSignedUp(long walkId, long walkerId, String by) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "signedUp"; }
		public Map<String, ?> changes() { return Map.of("walkerId", walkerId); }
	}

	public record WalkerWithdrawn(long walkId, long walkerId, String by) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "withdrawn"; }
		public Map<String, ?> changes() { return Map.of("walkerId", walkerId); }
	}

	public record TeamLeaderAppointed(long walkId, long walkerId) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "revised"; }
		public Map<String, ?> changes() { return Map.of("teamLeaderId", walkerId); }
	}
}
