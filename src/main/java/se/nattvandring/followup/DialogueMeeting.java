package se.nattvandring.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.RuleViolationException;

/**
 * A dialogue meeting between the parties of an agreement: planned with its agenda, then held, when its minutes and
 * decisions are kept once. Each decision names what it changed, so the evaluation can show why the plan or the terms
 * are as they are.
 */
@Table("dialogue_meeting")
public class DialogueMeeting {

	/** What a decision changed: nothing, a place-plan version, the agreement's terms, or its extension. */
	public enum Changed {
		NOTHING, PLACE_PLAN, CRITERIA, EXTENSION
	}

	/** {@code changedRef} is the place plan's version number, the agreement's version or the extension decision. */
	@Table("dialogue_decision")
	public record MeetingDecision(String decision, Changed changed, @Nullable Long changedRef) {
	}

	private @Id @Nullable Long id;

	private @Version @Nullable Integer version;

	private final long agreementId;

	private final LocalDate heldOn;

	private final String title;

	private final String agenda;

	private @Nullable String minutes;

	private final String plannedBy;

	private final Instant plannedAt;

	private @Nullable String minutesBy;

	private @Nullable Instant minutesAt;

	@MappedCollection(idColumn = "dialogue_meeting", keyColumn = "position")
	private List<MeetingDecision> decisions;

	@PersistenceCreator
	DialogueMeeting(@Nullable Long id, @Nullable Integer version, long agreementId, LocalDate heldOn, String title,
			String agenda, @Nullable String minutes, String plannedBy, Instant plannedAt, @Nullable String minutesBy,
			@Nullable Instant minutesAt, List<MeetingDecision> decisions) {
		this.id = id;
		this.version = version;
		this.agreementId = agreementId;
		this.heldOn = heldOn;
		this.title = title;
		this.agenda = agenda;
		this.minutes = minutes;
		this.plannedBy = plannedBy;
		this.plannedAt = plannedAt;
		this.minutesBy = minutesBy;
		this.minutesAt = minutesAt;
		this.decisions = decisions;
	}

	static DialogueMeeting plan(long agreementId, LocalDate heldOn, String title, String agenda, String by,
			Instant now) {
		return new DialogueMeeting(null, null, agreementId, heldOn, title, agenda, null, by, now, null, null,
				List.of());
	}

	/** Minutes are kept once, after the meeting; a later meeting corrects what an earlier one decided. */
	void keepMinutes(String minutes, List<MeetingDecision> decisions, LocalDate today, String by, Instant now) {
		if (this.minutesAt != null) {
			throw new RuleViolationException("dialogue.error.minutesKept");
		}
		if (today.isBefore(heldOn)) {
			throw new RuleViolationException("dialogue.error.notYetHeld", heldOn);
		}
		this.minutes = minutes;
		this.decisions = List.copyOf(decisions);
		this.minutesBy = by;
		this.minutesAt = now;
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Meeting not saved yet");
		}
		return id;
	}

	public boolean isHeld() { return minutesAt != null; }
	public @Nullable Long id() { return id; }
	public long agreementId() { return agreementId; }
	public LocalDate heldOn() { return heldOn; }
	public String title() { return title; }
	public String agenda() { return agenda; }
	public @Nullable String minutes() { return minutes; }
	public String plannedBy() { return plannedBy; }
	public @Nullable String minutesBy() { return minutesBy; }
	public List<MeetingDecision> decisions() { return List.copyOf(decisions); }
}
