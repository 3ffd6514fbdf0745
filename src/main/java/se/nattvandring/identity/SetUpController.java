package se.nattvandring.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;

/** The one-time set-up page that the first start's link opens. */
@Controller
class SetUpController {

	private final FirstRun firstRun;

	private final InstallationSetUp setUp;

	private final MessageSource messages;

	SetUpController(FirstRun firstRun, InstallationSetUp setUp, MessageSource messages) {
		this.firstRun = firstRun;
		this.setUp = setUp;
		this.messages = messages;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model) {
		if (!firstRun.isOpen(token)) {
			throw new NotFoundException("setup", 0);
		}
		return page(token, new InstallationSetUp.SetUp(null, null, null, firstRun.suggestedAdminEmail(), null, null,
				true), model);
	}

	@PostMapping("/setup/{token}")
	String complete(@PathVariable String token, InstallationSetUp.SetUp form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			setUp.complete(token, form);
			redirect.addFlashAttribute("notice", "setup.done");
			return "redirect:/login";
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			for (FieldViolation problem : invalid.violations()) {
				model.addAttribute("error_" + problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			}
			return page(token, form, model);
		}
	}

	private static String page(String token, InstallationSetUp.SetUp form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		return "identity/setup";
	}
}
