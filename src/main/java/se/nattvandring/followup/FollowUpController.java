package se.nattvandring.followup;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;

/** The follow-up page: an agreement's figures for a period, as tables, with the evaluation report to download. */
@Controller
class FollowUpController {

	private final FollowUp followUp;

	private final Agreements agreements;

	private final MessageSource messages;

	FollowUpController(FollowUp followUp, Agreements agreements, MessageSource messages) {
		this.followUp = followUp;
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/follow-up")
	String dashboard(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
		AgreementDocument agreement = agreements.document(id, user);
		// Without a period, the agreement's term so far: what the extension is decided on.
		LocalDate start = from != null ? from : agreement.periodStart();
		LocalDate end = to != null ? to : agreement.effectiveEnd();
		model.addAttribute("agreement", agreement);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		try {
			model.addAttribute("s", followUp.statistics(id, start, end, user));
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			FieldViolation problem = invalid.violations().get(0);
			model.addAttribute("problemText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return "followup/dashboard";
	}
}
