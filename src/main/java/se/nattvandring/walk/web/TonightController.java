package se.nattvandring.walk.web;

import se.nattvandring.walk.TonightOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.nattvandring.identity.CurrentUser;

/** “Ikväll”: tonight's walks, their status and last place visited, for the district and the associations. */
@Controller
class TonightController {

	private final TonightOverview overview;

	TonightController(TonightOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/walks/tonight")
	String tonight(CurrentUser user, Model model) {
		model.addAttribute("lines", overview.tonight(user));
		return "walk/tonight";
	}
}
