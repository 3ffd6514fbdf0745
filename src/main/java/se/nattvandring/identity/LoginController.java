package se.nattvandring.identity;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.nattvandring.shared.DemoMode;

@Controller
class LoginController {

	private final DemoMode demoMode;

	private final CityProviders cityProviders;

	LoginController(DemoMode demoMode, CityProviders cityProviders) {
		this.demoMode = demoMode;
		this.cityProviders = cityProviders;
	}

	@GetMapping("/login")
	String login(@Nullable HttpSession session, Model model) {
		if (CurrentUserArgumentResolver.fromSecurityContext() != null) {
			return "redirect:/";
		}
		if (session != null) {
			// Shown once: a failed login keeps what was typed, a later visit starts clean.
			model.addAttribute("username", session.getAttribute(LocaleRememberingLoginHandler.LAST_USERNAME));
			session.removeAttribute(LocaleRememberingLoginHandler.LAST_USERNAME);
			model.addAttribute("pauseSeconds", session.getAttribute(LocaleRememberingLoginHandler.PAUSE_SECONDS));
			session.removeAttribute(LocaleRememberingLoginHandler.PAUSE_SECONDS);
		}
		model.addAttribute("demo", demoMode);
		model.addAttribute("providers", cityProviders.providers());
		return "identity/login";
	}

	/** Asking for a sign-in link by e-mail; a known address is handled by Spring Security's token filter first. */
	@GetMapping("/login/link")
	String linkForm() {
		return "identity/link";
	}

	/** Reached only for an unknown address: the same answer as for a known one, so addresses cannot be probed. */
	@PostMapping("/login/link")
	String unknownAddress() {
		return "redirect:" + SignInLinks.SENT_PAGE;
	}

	/** The link from the e-mail lands here and signs in by a button, so that a mail scanner's visit spends nothing. */
	@GetMapping("/login/ott")
	String confirmLink(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token.length() <= 64 ? token : "");
		return "identity/ott";
	}
}
