package se.nattvandring.identity;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.nattvandring.shared.DemoMode;

@Controller
class LoginController {

	private final DemoMode demoMode;

	private final LoginThrottle throttle;

	LoginController(DemoMode demoMode, LoginThrottle throttle) {
		this.demoMode = demoMode;
		this.throttle = throttle;
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
		}
		model.addAttribute("demo", demoMode);
		model.addAttribute("lockoutMinutes", throttle.window().toMinutes());
		return "identity/login";
	}
}
