package se.nattvandring.walk.web;

import se.nattvandring.walk.NightSettings;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.walk.NightSettings.LeaderRule;
import se.nattvandring.walk.NightSettings.Chosen;

/** The principal's coordinator sets an agreement's night numbers and who may lead in the leader's absence. */
@Controller
class NightSettingsController {

	private final NightSettings settings;

	private final Agreements agreements;

	NightSettingsController(NightSettings settings, Agreements agreements) {
		this.settings = settings;
		this.agreements = agreements;
	}

	@GetMapping("/agreements/{id}/night-settings")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		return page(requireChanger(id, user), settings.of(id), model);
	}

	@PostMapping("/agreements/{id}/night-settings")
	String save(@PathVariable long id, @RequestParam(required = false) @Nullable String fieldAssistantsPhone,
			@RequestParam(required = false) @Nullable String teamLeaderPhone,
			@RequestParam(defaultValue = "ANY_SIGNED_UP_WHEN_LEADER_ABSENT") LeaderRule leaderRule, CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgreementDocument agreement = requireChanger(id, user);
		Chosen typed = new Chosen(blankToNull(fieldAssistantsPhone), blankToNull(teamLeaderPhone), leaderRule);
		try {
			settings.configure(id, typed, user);
			redirect.addFlashAttribute("notice", "nightSettings.saved");
			return "redirect:/agreements/" + id + "/night-settings";
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", invalid.violations().get(0).messageKey());
			return page(agreement, typed, model);
		}
	}

	private AgreementDocument requireChanger(long id, CurrentUser user) {
		AgreementDocument agreement = agreements.document(id, user);
		if (!agreements.mayChange(agreement, user)) {
			throw new AccessDeniedException("The principal's coordinator sets the night settings");
		}
		return agreement;
	}

	private static String page(AgreementDocument agreement, Chosen current, Model model) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("current", current);
		model.addAttribute("rules", LeaderRule.values());
		return "walk/night-settings";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
