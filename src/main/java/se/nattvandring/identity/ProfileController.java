package se.nattvandring.identity;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.TextChecks;

/** The user's own page: who they are, the language they read in, their password and their API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	record LanguageChoice(String language) {
	}

	record NewToken(String name) {
	}

	record NewPassword(@Nullable String current, @Nullable String password, @Nullable String repeated) {
	}

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Organisations organisations;

	private final LocaleResolver locales;

	private final OwnPasswords passwords;

	private final Clock clock;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserCredentialRepository passkeyCredentials;

	ProfileController(Accounts accounts, ApiTokens tokens, Organisations organisations, LocaleResolver locales,
			OwnPasswords passwords, Clock clock, PublicKeyCredentialUserEntityRepository passkeyUsers,
			UserCredentialRepository passkeyCredentials) {
		this.passkeyUsers = passkeyUsers;
		this.passkeyCredentials = passkeyCredentials;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.tokens = tokens;
		this.organisations = organisations;
		this.locales = locales;
	}

	@GetMapping
	String show(CurrentUser user, Model model) {
		model.addAttribute("organisation", organisations.byId(user.organisationId()).orElseThrow());
		model.addAttribute("tokens", tokens.activeTokens(user.userId()));
		model.addAttribute("language", accounts.preferredLanguage(user.userId()).orElse(null));
		model.addAttribute("passkeys", Passkeys.of(user.username(), passkeyUsers, passkeyCredentials));
		return "identity/profile";
	}

	@PostMapping("/language")
	String chooseLanguage(LanguageChoice choice, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String language = "en".equals(choice.language()) ? "en" : "sv";
		accounts.choosePreferredLanguage(user.userId(), language);
		locales.setLocale(request, response, Locale.forLanguageTag(language));
		redirect.addFlashAttribute("message", "profile.language.saved");
		return "redirect:/profile";
	}

	/** A walker invited by link, or anyone, sets a password to sign in with their username or e-mail. */
	@PostMapping("/password")
	String changePassword(NewPassword command, CurrentUser user, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			passwords.change(user, command.current(), Factors.freshPossession(authentication, clock.instant()),
					command.password(), command.repeated(), request.getSession().getId());
		}
		catch (InvalidInputException refused) {
			FieldViolation first = refused.violations().get(0);
			redirect.addFlashAttribute("passwordError", first.messageKey());
			return "redirect:/profile#password";
		}
		redirect.addFlashAttribute("message", "profile.password.saved");
		return "redirect:/profile#password";
	}

	@PostMapping("/tokens")
	String createToken(NewToken command, CurrentUser user, RedirectAttributes redirect) {
		String name = command.name() == null ? "" : command.name().strip();
		var problem = TextChecks.problem("name", name, true, 100);
		if (problem.isPresent() || TextChecks.hasForbiddenCharacters(name, false)) {
			redirect.addFlashAttribute("tokenError",
					problem.map(FieldViolation::messageKey).orElse("error.forbiddenCharacters"));
			redirect.addFlashAttribute("tokenName", command.name());
			return "redirect:/profile#tokens";
		}
		redirect.addFlashAttribute("newToken", tokens.issue(user.userId(), name).secret());
		return "redirect:/profile#tokens";
	}

	@PostMapping("/passkeys/remove")
	String removePasskey(@RequestParam(defaultValue = "") String id, CurrentUser user, RedirectAttributes redirect) {
		if (Passkeys.remove(user.username(), id, passkeyUsers, passkeyCredentials)) {
			redirect.addFlashAttribute("message", "profile.passkey.removed");
		}
		return "redirect:/profile#passkeys";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		tokens.revoke(user.userId(), id);
		redirect.addFlashAttribute("message", "profile.token.revoked");
		return "redirect:/profile#tokens";
	}
}
