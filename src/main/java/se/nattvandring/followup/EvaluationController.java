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

/**
 * The board's evaluation report as a page: the period's figures against the period before, place coverage, the child
 * impact, the associations' own comments, the coordinator's assessment, the dialogue meetings and the extension
 * decision, each written from here by the party whose it is.
 */
@Controller
class EvaluationController {

	record CommentForm(@Nullable String worked, @Nullable String didNotWork, @Nullable String needs) {

		/** The template shows each field again by name. */
		public @Nullable String value(String field) {
			return switch (field) {
				case "worked" -> worked;
				case "didNotWork" -> didNotWork;
				default -> needs;
			};
		}
	}

	record AssessmentForm(@Nullable String assessment, PeriodRecords.@Nullable Recommendation recommendation) {
	}

	/** Dates as typed, so that a date the browser could not send as one is shown again, not lost. */
	record DecisionForm(PeriodRecords.@Nullable Outcome outcome, @Nullable String extendedTo,
			@Nullable String decidedOn, @Nullable String decidedBy, @Nullable String reference) {

		public @Nullable String value(String field) {
			return switch (field) {
				case "extendedTo" -> extendedTo;
				case "decidedOn" -> decidedOn;
				case "decidedBy" -> decidedBy;
				default -> reference;
			};
		}
	}

	private final EvaluationReports reports;

	private final PeriodRecords records;

	private final Agreements agreements;

	private final MessageSource messages;

	EvaluationController(EvaluationReports reports, PeriodRecords records, Agreements agreements,
			MessageSource messages) {
		this.reports = reports;
		this.records = records;
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/evaluation")
	String report(@PathVariable long id, PeriodQuery period, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		return page(id, period, user, model, locale, response);
	}

	@PostMapping("/agreements/{id}/evaluation/comment")
	String comment(@PathVariable long id, PeriodQuery period, CommentForm form, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			records.comment(id, period.from(), period.to(),
					new PeriodRecords.CommentDraft(form.worked(), form.didNotWork(), form.needs()), user);
		}
		catch (InvalidInputException invalid) {
			return refused(invalid.violations(), "commentForm", form, id, period, user, model, locale, response);
		}
		return saved(id, period, "evaluation.commentSaved", redirect);
	}

	@PostMapping("/agreements/{id}/evaluation/assessment")
	String assess(@PathVariable long id, PeriodQuery period, AssessmentForm form, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			records.assess(id, period.from(), period.to(),
					new PeriodRecords.AssessmentDraft(form.assessment(), form.recommendation()), user);
		}
		catch (InvalidInputException invalid) {
			return refused(invalid.violations(), "assessmentForm", form, id, period, user, model, locale, response);
		}
		return saved(id, period, "evaluation.assessmentSaved", redirect);
	}

	@PostMapping("/agreements/{id}/evaluation/decision")
	String decide(@PathVariable long id, PeriodQuery period, DecisionForm form, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldViolation> unreadable = new ArrayList<>();
		LocalDate extendedTo = date("extendedTo", form.extendedTo(), unreadable);
		LocalDate decidedOn = date("decidedOn", form.decidedOn(), unreadable);
		try {
			records.decide(id, period.from(), period.to(), new PeriodRecords.BoardDecisionDraft(form.outcome(), extendedTo,
					decidedOn, form.decidedBy(), form.reference()), user);
		}
		catch (InvalidInputException invalid) {
			unreadable.addAll(invalid.violations());
			return refused(unreadable, "decisionForm", form, id, period, user, model, locale, response);
		}
		return saved(id, period, "evaluation.decisionSaved", redirect);
	}

	/** Without a period, the agreement's term so far: what the extension is decided on. */
	private String page(long id, PeriodQuery period, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		AgreementDocument agreement = agreements.document(id, user);
		PeriodQuery shown = period.orTermOf(agreement);
		model.addAttribute("agreement", agreement);
		model.addAttribute("from", shown.from());
		model.addAttribute("to", shown.to());
		model.addAttribute("mayComment", records.mayComment(agreement, user));
		model.addAttribute("mayAssess", records.mayAssess(agreement, user));
		try {
			EvaluationReports.Report report = reports.report(id, shown.from(), shown.to(), user);
			model.addAttribute("s", report.s());
			model.addAttribute("comments", report.comments());
			model.addAttribute("assessment", report.assessment());
			model.addAttribute("decisions", report.decisions());
			model.addAttribute("meetings", report.meetings());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			FieldViolation problem = invalid.violations().get(0);
			model.addAttribute("problemText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return "followup/report";
	}

	/** The page again with what was typed and each problem at its field, the first one per field. */
	private String refused(List<FieldViolation> violations, String formName, Object form, long id,
			PeriodQuery period, CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			errors.putIfAbsent(violation.field(),
					messages.getMessage(violation.messageKey(), violation.arguments(), locale));
		}
		model.addAttribute(formName, form);
		model.addAttribute("fieldProblems", errors);
		String view = page(id, period, user, model, locale, response);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view;
	}

	private static String saved(long id, PeriodQuery period, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addAttribute("from", period.from());
		redirect.addAttribute("to", period.to());
		return "redirect:/agreements/" + id + "/evaluation";
	}

	private static @Nullable LocalDate date(String field, @Nullable String typed, List<FieldViolation> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException unreadable) {
			problems.add(new FieldViolation(field, "error.date"));
			return null;
		}
	}
}
