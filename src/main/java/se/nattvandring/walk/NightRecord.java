package se.nattvandring.walk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.NightLog.Report;

/**
 * What the night put on the walk's own row: when the team checked in and out (by the phone's clock and on arrival),
 * the debrief and who submitted it when, a night kept on paper, and the overdue alert. {@link Walk} decides from its
 * status which step may be taken and tells the rest of the product; the night keeps its times and text consistent.
 */
class NightRecord {

	private @Nullable Instant checkedInAt;

	private @Nullable Instant checkedInReceivedAt;

	private @Nullable Instant checkedOutAt;

	private @Nullable Instant checkedOutReceivedAt;

	private @Nullable String reportSummary;

	private @Nullable String reportWentWell;

	private @Nullable String reportFollowUp;

	private @Nullable String reportPlaceSuggestions;

	private @Nullable Instant reportSubmittedAt;

	private @Nullable Instant reportReceivedAt;

	private @Nullable String reportSubmittedBy;

	private @Nullable Instant overdueAlertedAt;

	private @Nullable String registeredAfterwardsBy;

	private @Nullable Instant registeredAfterwardsAt;

	void checkIn(Instant at, Instant received) {
		checkedInAt = at;
		checkedInReceivedAt = received;
	}

	/** @throws RuleViolationException for a check-out before the check-in */
	void checkOut(Instant at, Instant received) {
		if (checkedInAt != null && at.isBefore(checkedInAt)) {
			throw new RuleViolationException("walk.error.outBeforeIn");
		}
		checkedOutAt = at;
		checkedOutReceivedAt = received;
	}

	/** A returned night's times set right; the names of the fields that changed. */
	List<String> correct(Instant in, Instant out) {
		if (out.isBefore(in)) {
			throw new RuleViolationException("walk.error.outBeforeIn");
		}
		List<String> changed = new ArrayList<>();
		if (!in.equals(checkedInAt)) {
			changed.add("checkedInAt");
		}
		if (!out.equals(checkedOutAt)) {
			changed.add("checkedOutAt");
		}
		checkedInAt = in;
		checkedOutAt = out;
		return changed;
	}

	void write(Report report) {
		reportSummary = report.summary();
		reportWentWell = report.wentWell();
		reportFollowUp = report.followUp();
		reportPlaceSuggestions = report.placeSuggestions();
	}

	/** @throws RuleViolationException unless the debrief has its summary */
	void submit(Instant at, Instant received, String by) {
		if (reportSummary == null || reportSummary.isBlank()) {
			throw new RuleViolationException("walk.error.reportNeedsSummary");
		}
		reportSubmittedAt = at;
		reportReceivedAt = received;
		reportSubmittedBy = by;
	}

	boolean isRegisteredAfterwards() {
		return registeredAfterwardsAt != null;
	}

	void registeredAfterwards(Instant now, String by) {
		registeredAfterwardsAt = now;
		registeredAfterwardsBy = by;
	}

	/** @throws RuleViolationException when the alert was already given: it is said once */
	void alertOverdue(Instant now) {
		if (overdueAlertedAt != null) {
			throw new RuleViolationException("walk.error.alreadyOverdue");
		}
		overdueAlertedAt = now;
	}

	// @formatter:off
	@Nullable Instant checkedInAt() { return checkedInAt; }
	@Nullable Instant checkedOutAt() { return checkedOutAt; }
	@Nullable Instant reportSubmittedAt() { return reportSubmittedAt; }
	@Nullable Instant reportReceivedAt() { return reportReceivedAt; }
	@Nullable Instant overdueAlertedAt() { return overdueAlertedAt; }
	@Nullable String registeredAfterwardsBy() { return registeredAfterwardsBy; }
	@Nullable Instant registeredAfterwardsAt() { return registeredAfterwardsAt; }
	Report report() { return new Report(reportSummary, reportWentWell, reportFollowUp, reportPlaceSuggestions); }
	// @formatter:on
}
