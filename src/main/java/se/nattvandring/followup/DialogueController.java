package se.nattvandring.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/** The agreement's dialogue meetings: planned with an agenda, then their minutes and decisions kept. */
@Controller
class DialogueController {

	/** The form offers this many decision rows; empty rows are skipped. */
	static final int DECISION_ROWS = 3;

	record MeetingForm(@Nullable String heldOn, @Nullable String title, @Nullable String agenda) {
	}

	record MinutesForm(@Nullable String minutes, @Nullable List<String> decision,
			@Nullable List<DialogueMeeting.@Nullable Changed> changed, @Nullable List<@Nullable Long> changedRef) {

		List<DialogueMeetings.MeetingDecisionDraft> decisions() {
			List<DialogueMeetings.MeetingDecisionDraft> rows = new ArrayList<>();
			int n = decision == null ? 0 : decision.size();
			for (int i = 0; i < n; i++) {
				rows.add(new DialogueMeetings.MeetingDecisionDraft(decision.get(i), at(changed, i), at(changedRef, i)));
			}
			return rows;
		}

		private static <T> @Nullable T at(@Nullable List<T> values, int i) {
			return values == null || i >= values.size() ? null : values.get(i);
		}
	}

	private final DialogueMeetings meetings;

	private final Agreements agreements;

	private final MessageSource messages;

	DialogueController(DialogueMeetings meetings, Agreements agreements, MessageSource messages) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/dialogue")
	String list(@PathVariable long id, CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping("/agreements/{id}/dialogue")
	String plan(@PathVariable long id, MeetingForm form, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldViolation> unreadable = new ArrayList<>();
		LocalDate heldOn = null;
		try {
			heldOn = form.heldOn() == null || form.heldOn().isBlank() ? null : LocalDate.parse(form.heldOn().strip());
		}
		catch (DateTimeParseException bad) {
			unreadable.add(new FieldViolation("heldOn", "error.date"));
		}
		try {
			meetings.plan(id, new DialogueMeetings.MeetingDraft(heldOn, form.title(), form.agenda()), user);
		}
		catch (InvalidInputException invalid) {
			unreadable.addAll(invalid.violations());
			model.addAttribute("meetingForm", form);
			return refused(unreadable, id, user, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "dialogue.planned");
		return "redirect:/agreements/" + id + "/dialogue";
	}

	@PostMapping("/dialogue/{meetingId}/minutes")
	String minutes(@PathVariable long meetingId, MinutesForm form, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			DialogueMeeting meeting = meetings.keepMinutes(meetingId, form.minutes(), form.decisions(), user);
			redirect.addFlashAttribute("notice", "dialogue.minutesSaved");
			return "redirect:/agreements/" + meeting.agreementId() + "/dialogue";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			long agreementId = meetings.agreementOf(meetingId);
			model.addAttribute("minutesForm", form);
			model.addAttribute("minutesFor", meetingId);
			if (refused instanceof RuleViolationException rule) {
				model.addAttribute("refusal", messages.getMessage(rule.messageKey(), rule.arguments(), locale));
			}
			List<FieldViolation> problems = refused instanceof InvalidInputException invalid ? invalid.violations()
					: List.of();
			return refused(problems, agreementId, user, model, locale, response);
		}
	}

	private String refused(List<FieldViolation> violations, long id, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			errors.putIfAbsent(violation.field(),
					messages.getMessage(violation.messageKey(), violation.arguments(), locale));
		}
		model.addAttribute("fieldProblems", errors);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, user, model);
	}

	private String page(long id, CurrentUser user, Model model) {
		AgreementDocument agreement = agreements.document(id, user);
		model.addAttribute("agreement", agreement);
		model.addAttribute("meetings", meetings.ofAgreement(id, user));
		model.addAttribute("mayKeep", meetings.mayKeep(agreement, user));
		model.addAttribute("rows", DECISION_ROWS);
		return "followup/dialogue";
	}
}
