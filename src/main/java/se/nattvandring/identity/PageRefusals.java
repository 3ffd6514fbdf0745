package se.nattvandring.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/**
 * How the identity pages show a refusal on the form that was sent: each field's problem beside it (400), or the rule
 * that refused it above the form (409), in the user's language, so that nothing typed is lost.
 */
@Component
class PageRefusals {

	private final MessageSource messages;

	PageRefusals(MessageSource messages) {
		this.messages = messages;
	}

	void show(RuntimeException refused, Model model, Locale locale, HttpServletResponse response) {
		if (refused instanceof InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			for (FieldViolation problem : invalid.violations()) {
				model.addAttribute("error_" + problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			}
		}
		else if (refused instanceof RuleViolationException rule) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusalText", messages.getMessage(rule.messageKey(), rule.arguments(), locale));
		}
	}

	/** The first problem as one line, for an action whose answer is a redirect with a flash message. */
	String line(RuntimeException refused, Locale locale) {
		if (refused instanceof InvalidInputException invalid) {
			return invalid.violations().stream().map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
				.findFirst().orElse("");
		}
		RuleViolationException rule = (RuleViolationException) refused;
		return messages.getMessage(rule.messageKey(), rule.arguments(), locale);
	}
}
