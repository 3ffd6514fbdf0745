package se.nattvandring.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.place.PlanView;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.TextChecks;

/**
 * The partnership's dialogue meetings: the principal's coordinator plans them and keeps their minutes and decisions;
 * every party and the board read them. A decision that changed something points at it, and the link is checked.
 */
@Service
@Transactional
public class DialogueMeetings {

	/** Meetings are a handful a year; the page shows the latest this many. */
	static final int PAGE_SIZE = 20;

	public record MeetingDraft(@Nullable LocalDate heldOn, @Nullable String title, @Nullable String agenda) {
	}

	public record MeetingDecisionDraft(@Nullable String decision, DialogueMeeting.@Nullable Changed changed,
			@Nullable Long changedRef) {
	}

	private final DialogueMeetingRepository repository;

	private final Agreements agreements;

	private final PlacePlans plans;

	private final PeriodRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DialogueMeetings(DialogueMeetingRepository repository, Agreements agreements, PlacePlans plans,
			PeriodRecords records, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.agreements = agreements;
		this.plans = plans;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayKeep(AgreementDocument agreement, CurrentUser user) {
		return agreements.mayChange(agreement, user);
	}

	public DialogueMeeting plan(long agreementId, MeetingDraft draft, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		requireKeeper(agreement, user);
		List<FieldViolation> problems = new ArrayList<>();
		if (draft.heldOn() == null) {
			problems.add(new FieldViolation("heldOn", "error.required"));
		}
		TextChecks.problem("title", draft.title(), true, 200).ifPresent(problems::add);
		TextChecks.problem("agenda", draft.agenda(), true, PeriodRecords.LONGEST_TEXT).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		DialogueMeeting meeting = repository.save(DialogueMeeting.plan(agreementId, draft.heldOn(),
				draft.title().strip(), draft.agenda().strip(), user.username(), clock.instant()));
		events.publishEvent(new PeriodRecords.Written("dialogueMeeting", String.valueOf(meeting.requiredId()),
				"planned", List.of("heldOn:" + draft.heldOn(), "title", "agenda")));
		return meeting;
	}

	public DialogueMeeting keepMinutes(long meetingId, @Nullable String minutes, List<MeetingDecisionDraft> decisions,
			CurrentUser user) {
		DialogueMeeting meeting = repository.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("dialogueMeeting", meetingId));
		AgreementDocument agreement = agreements.document(meeting.agreementId(), user);
		requireKeeper(agreement, user);
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("minutes", minutes, true, PeriodRecords.LONGEST_TEXT).ifPresent(problems::add);
		List<DialogueMeeting.MeetingDecision> kept = new ArrayList<>();
		List<Integer> planVersions = null;
		for (int i = 0; i < decisions.size(); i++) {
			MeetingDecisionDraft draft = decisions.get(i);
			String path = "decisions[" + i + "].";
			if ((draft.decision() == null || draft.decision().isBlank()) && draft.changed() == null) {
				continue; // a row the form offered and nobody filled in
			}
			TextChecks.problem(path + "decision", draft.decision(), true, 1000).ifPresent(problems::add);
			DialogueMeeting.Changed changed = draft.changed() == null ? DialogueMeeting.Changed.NOTHING
					: draft.changed();
			Long ref = changed == DialogueMeeting.Changed.NOTHING ? null : draft.changedRef();
			if (changed == DialogueMeeting.Changed.PLACE_PLAN && planVersions == null) {
				planVersions = plans.versions(agreement.id(), user).stream().map(PlanView::versionNumber).toList();
			}
			if (changed != DialogueMeeting.Changed.NOTHING && !links(agreement, changed, ref, planVersions)) {
				problems.add(new FieldViolation(path + "changedRef", "dialogue.error.unknownChange"));
			}
			kept.add(new DialogueMeeting.MeetingDecision(draft.decision() == null ? "" : draft.decision().strip(), changed,
					ref));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		meeting.keepMinutes(minutes.strip(), kept, StockholmTime.today(clock), user.username(), clock.instant());
		DialogueMeeting saved = repository.save(meeting);
		events.publishEvent(new PeriodRecords.Written("dialogueMeeting", String.valueOf(meetingId), "minutesKept",
				kept.stream().map(d -> "decision:" + d.changed() + (d.changedRef() == null ? "" : ":" + d.changedRef()))
					.toList()));
		return saved;
	}

	/** The agreement a meeting belongs to, for showing its page again after a refusal. */
	@Transactional(readOnly = true)
	public long agreementOf(long meetingId) {
		return repository.findById(meetingId).map(DialogueMeeting::agreementId)
			.orElseThrow(() -> new NotFoundException("dialogueMeeting", meetingId));
	}

	/** The agreement's latest meetings, newest first, for any party and the board. */
	@Transactional(readOnly = true)
	public List<DialogueMeeting> ofAgreement(long agreementId, CurrentUser user) {
		FollowUp.partOf(agreements.document(agreementId, user), user);
		return repository.latestOfAgreement(agreementId, PAGE_SIZE);
	}

	/** The meetings held in a period, for the evaluation report. */
	@Transactional(readOnly = true)
	public List<DialogueMeeting> heldIn(long agreementId, LocalDate from, LocalDate to, CurrentUser user) {
		FollowUp.partOf(agreements.document(agreementId, user), user);
		return repository.heldBetween(agreementId, from, to);
	}

	private boolean links(AgreementDocument agreement, DialogueMeeting.Changed changed, @Nullable Long ref,
			@Nullable List<Integer> planVersions) {
		if (ref == null) {
			return false;
		}
		return switch (changed) {
			case PLACE_PLAN -> planVersions != null && planVersions.contains(ref.intValue());
			case CRITERIA -> ref >= 1 && ref <= agreement.version();
			case EXTENSION -> records.decisions(agreement.id()).stream().anyMatch(d -> d.id() == ref);
			case NOTHING -> true;
		};
	}

	private void requireKeeper(AgreementDocument agreement, CurrentUser user) {
		if (!mayKeep(agreement, user)) {
			throw new AccessDeniedException("The principal's coordinator keeps the dialogue meetings");
		}
	}
}
