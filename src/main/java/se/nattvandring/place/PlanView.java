package se.nattvandring.place;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.PartyRole;

/** One version of a place plan as the parties read it: its places, who approved it and when, and what they said. */
public record PlanView(long id, long agreementId, int versionNumber, LocalDate validFrom, @Nullable String note,
		String draftedBy, Instant draftedAt, @Nullable Instant inForceSince, Status status, List<PlaceView> places,
		List<Approval> approvals, List<Comment> comments) {

	public enum Status {
		/** Approved by every required party and the version that applies today. */
		IN_FORCE,
		/** Approved by every required party, valid from a date still to come. */
		APPROVED_UPCOMING,
		/** The newest version, still waiting for approvals; the previous plan applies meanwhile. */
		AWAITING_APPROVAL,
		/** Was in force, replaced by a newer approved version. */
		REPLACED,
		/** Never approved before a newer version was drafted. */
		SUPERSEDED
	}

	/** A required party and, once it has approved, who did and when. */
	public record Approval(long organisationId, String organisationName, PartyRole role, @Nullable String approvedBy,
			@Nullable Instant approvedAt) {

		public boolean approved() {
			return approvedAt != null;
		}
	}

	public record Comment(String organisationName, PartyRole role, String by, Instant at, String text) {
	}

	public long approvedCount() {
		return approvals.stream().filter(Approval::approved).count();
	}

	public boolean isInForce() {
		return status == Status.IN_FORCE;
	}
}
