package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.AuditableEvent;

/** What the walk module tells the rest: notification reminds on them, the audit trail keeps them all. */
public final class WalkEvents {

	private WalkEvents() {
	}

	/** @param teamLeaderId the leader appointed when the walk was planned, if any */
	public record WalkScheduled(long walkId, long agreementId, long associationId, LocalDate date, Instant startsAt,
			Instant endsAt, String seriesId, @Nullable Long teamLeaderId) implements AuditableEvent {
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

	public record WalkStarted(long walkId, Instant at, int present, int unplanned, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "checkedIn"; }
		public Map<String, ?> changes() {
			return Map.of("status", "IN_PROGRESS", "at", at.toString(), "present", present, "unplanned", unplanned);
		}
	}

	/** A visit, observation, youth contact or report text: what kind, and its counts, never a note's words. */
	/** An entry of the night, as the trail keeps it: a place, a category and counts, never a note's words. */
	public record NightEntryRecorded(long walkId, String kind, Map<String, ?> facts) implements AuditableEvent {
		static NightEntryRecorded of(long walkId, NightLog.Visit visit) {
			return new NightEntryRecorded(walkId, "visit",
					Map.of("placeId", visit.placeId(), "at", visit.visitedAt().toString()));
		}
		static NightEntryRecorded of(long walkId, NightLog.Observation o) {
			return new NightEntryRecorded(walkId, "observation", Map.of("category", o.category().name(), "youth",
					o.under13() + o.age13to15() + o.age16to17(), "noteFlagged", o.noteFlagged()));
		}
		static NightEntryRecorded of(long walkId, NightLog.YouthContact c) {
			return new NightEntryRecorded(walkId, "youthContact",
					Map.of("count", c.under13() + c.age13to15() + c.age16to17()));
		}
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "logged"; }
		public Map<String, ?> changes() {
			Map<String, Object> all = new java.util.LinkedHashMap<>(facts);
			all.put("kind", kind);
			return all;
		}
	}

	public record WalkCompleted(long walkId, Instant at, String by) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "checkedOut"; }
		public Map<String, ?> changes() { return Map.of("status", "COMPLETED", "at", at.toString()); }
	}

	/** Still in progress an hour (configurable) after the planned end; published once per walk. */
	public record WalkOverdue(long walkId, long agreementId, long associationId, LocalDate date, LocalTime end,
			Instant endsAt, @Nullable Long teamLeaderId) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "overdue"; }
		public Map<String, ?> changes() { return Map.of("endsAt", endsAt.toString()); }
	}

	/** The approval module puts the walk in the district's queue with its criteria; the report is in. */
	public record ReportSubmitted(long walkId, long agreementId, long associationId, LocalDate date, Instant at,
			String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "reported"; }
		public Map<String, ?> changes() { return Map.of("status", "REPORTED", "at", at.toString()); }
	}

	/** Payable now; {@code override} when the district approved it although a criterion was not met. */
	public record NightRegisteredAfterwards(long walkId, long agreementId, long associationId, Instant at, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "registeredAfterwards"; }
		public Map<String, ?> changes() { return Map.of("registeredAfterwardsAt", at.toString()); }
	}

	/** The field names only: the reason is kept beside the walk, and may name what happened that night. */
	public record NightCorrected(long walkId, java.util.List<String> fields, Instant at, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "corrected"; }
		public Map<String, ?> changes() { return Map.of("fields", fields); }
	}

	public record WalkPaid(long walkId, long agreementId, long associationId, long basisId, Instant at, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "paid"; }
		public Map<String, ?> changes() { return Map.of("status", "PAID", "basis", basisId); }
	}

	public record WalkApproved(long walkId, long agreementId, long associationId, Instant at, String by,
			boolean override) implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "approved"; }
		public Map<String, ?> changes() { return Map.of("status", "APPROVED", "override", override); }
	}

	/** The notification module tells the association's contact; the team corrects the night and submits again. */
	public record WalkReturned(long walkId, long agreementId, long associationId, Instant at, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "returned"; }
		public Map<String, ?> changes() { return Map.of("status", "RETURNED"); }
	}

	public record WalkRejected(long walkId, long agreementId, long associationId, Instant at, String by)
			implements AuditableEvent {
		public String entityType() { return "walk"; }
		public String entityId() { return String.valueOf(walkId); }
		public String action() { return "rejected"; }
		public Map<String, ?> changes() { return Map.of("status", "REJECTED"); }
	}
}
