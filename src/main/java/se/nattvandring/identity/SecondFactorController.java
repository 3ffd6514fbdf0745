package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.DemoMode;
import se.nattvandring.shared.RuleViolationException;

/**
 * Asking for the second factor, and setting it up. The challenge is shown in place of the refused action, as a form
 * that sends the same fields again with the code, so that what was typed is kept.
 */
@Controller
class SecondFactorController {

	record Field(String name, String value) {
	}

	private final SecondFactors factors;

	private final People people;

	private final DemoMode demo;

	SecondFactorController(SecondFactors factors, People people, DemoMode demo) {
		this.factors = factors;
		this.people = people;
		this.demo = demo;
	}

	/** Reached by a server-side forward from the refused action; the request still holds its fields. */
	@RequestMapping(path = "/second-factor/challenge", method = { RequestMethod.GET, RequestMethod.POST })
	String challenge(CurrentUser user, HttpServletRequest request, HttpServletResponse response, Model model) {
		Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		String action = original instanceof String uri ? uri : "/second-factor";
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (!name.equals("_csrf") && !name.equals(SecondFactorFilter.CODE)) {
				for (String value : parameter.getValue()) {
					fields.add(new Field(name, value));
				}
			}
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return challengePage(user, action, fields, request.getAttribute(SecondFactorFilter.FAILED) != null, model);
	}

	@GetMapping("/second-factor")
	String ask(CurrentUser user, Model model) {
		return challengePage(user, "/second-factor", List.of(), false, model);
	}

	/** The code itself was taken by {@link SecondFactorFilter}; here only where to go next. */
	@PostMapping("/second-factor")
	String passed(CurrentUser user, HttpServletRequest request, Model model) {
		if (request.getAttribute(SecondFactorFilter.FAILED) != null || request.getParameter(SecondFactorFilter.CODE) == null) {
			return challengePage(user, "/second-factor", List.of(), true, model);
		}
		return "redirect:/";
	}

	private String challengePage(CurrentUser user, String action, List<Field> fields, boolean failed, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("fields", fields);
		model.addAttribute("failed", failed);
		model.addAttribute("enrolled", factors.isEnrolled(user.userId()));
		model.addAttribute("demoCode", demo.enabled() ? factors.currentCodeForDemo(user.userId()) : null);
		return "identity/second-factor";
	}

	@GetMapping("/profile/second-factor")
	String setUp(CurrentUser user, Model model) {
		model.addAttribute("enrolled", factors.isEnrolled(user.userId()));
		model.addAttribute("required", SecondFactors.requiredFor(user));
		var pending = factors.pending(user);
		model.addAttribute("pending", pending);
		model.addAttribute("qr", pending == null ? null : QrCodes.svg(pending.otpauthUri()));
		return "identity/second-factor-setup";
	}

	@PostMapping("/profile/second-factor/start")
	String start(CurrentUser user, RedirectAttributes redirect) {
		try {
			factors.start(user);
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
		}
		return "redirect:/profile/second-factor";
	}

	@PostMapping("/profile/second-factor/confirm")
	String confirm(CurrentUser user, @RequestParam(defaultValue = "") String enrolmentCode,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("recoveryCodes", factors.confirm(user, enrolmentCode));
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
		}
		return "redirect:/profile/second-factor";
	}

	@PostMapping("/admin/staff/{id}/second-factor/reset")
	String reset(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
		people.resetSecondFactor(admin, id);
		redirect.addFlashAttribute("message", "secondFactor.reset.done");
		return "redirect:/admin/staff";
	}
}
