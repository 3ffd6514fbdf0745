package se.nattvandring.followup;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/**
 * What the evaluation and dialogue pages record, for the district's case management: the associations' comments on a
 * period, the coordinator's assessment, the board's decision on an extension, and the dialogue meetings with their
 * minutes. Each is for the period given by {@code from} and {@code to} (the agreement's term without them).
 */
@RestController
@Tag(name = "Follow-up")
class EvaluationApiController {

	record Meeting(long id, long agreementId, LocalDate heldOn, String title, String agenda, @Nullable String minutes,
			List<DialogueMeeting.MeetingDecision> decisions) {

		static Meeting of(DialogueMeeting meeting) {
			return new Meeting(meeting.requiredId(), meeting.agreementId(), meeting.heldOn(), meeting.title(),
					meeting.agenda(), meeting.minutes(), meeting.decisions());
		}
	}

	record Minutes(@Nullable String minutes, @Nullable List<DialogueMeetings.MeetingDecisionDraft> decisions) {
	}

	private final PeriodRecords records;

	private final DialogueMeetings meetings;

	EvaluationApiController(PeriodRecords records, DialogueMeetings meetings) {
		this.records = records;
		this.meetings = meetings;
	}

	@PutMapping("/api/v1/agreements/{id}/evaluation/comment")
	@Operation(summary = "The caller's association's comment on the period: what worked, what did not, what it needs")
	ResponseEntity<Void> comment(@PathVariable long id, @ParameterObject PeriodQuery period,
			@RequestBody PeriodRecords.CommentDraft draft, CurrentUser user) {
		records.comment(id, period.from(), period.to(), draft, user);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/agreements/{id}/evaluation/assessment")
	@Operation(summary = "The coordinator's assessment of the period and recommendation to the board")
	ResponseEntity<Void> assess(@PathVariable long id, @ParameterObject PeriodQuery period,
			@RequestBody PeriodRecords.AssessmentDraft draft, CurrentUser user) {
		records.assess(id, period.from(), period.to(), draft, user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/agreements/{id}/evaluation/decision")
	@Operation(summary = "Record the board's decision on the period: extend, end or change the agreement")
	PeriodRecords.BoardDecision decideExtension(@PathVariable long id, @ParameterObject PeriodQuery period,
			@RequestBody PeriodRecords.BoardDecisionDraft draft, CurrentUser user) {
		return records.decide(id, period.from(), period.to(), draft, user);
	}

	@GetMapping("/api/v1/agreements/{id}/dialogue-meetings")
	@Operation(summary = "The agreement's dialogue meetings, newest first")
	Page<Meeting> dialogueMeetings(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			CurrentUser user) {
		return Page.of(meetings.ofAgreement(id, user).stream().map(Meeting::of).toList(), page, 50);
	}

	@PostMapping("/api/v1/agreements/{id}/dialogue-meetings")
	@Operation(summary = "Plan a dialogue meeting between the parties")
	ResponseEntity<Meeting> planMeeting(@PathVariable long id, @RequestBody DialogueMeetings.MeetingDraft draft,
			CurrentUser user) {
		Meeting planned = Meeting.of(meetings.plan(id, draft, user));
		return ResponseEntity.created(URI.create("/api/v1/dialogue-meetings/" + planned.id())).body(planned);
	}

	@PutMapping("/api/v1/dialogue-meetings/{id}/minutes")
	@Operation(summary = "Keep a meeting's minutes and the decisions it took")
	Meeting keepMinutes(@PathVariable long id, @RequestBody Minutes minutes, CurrentUser user) {
		return Meeting.of(meetings.keepMinutes(id, minutes.minutes(),
				minutes.decisions() == null ? List.of() : minutes.decisions(), user));
	}
}
