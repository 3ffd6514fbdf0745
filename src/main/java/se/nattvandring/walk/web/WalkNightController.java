package se.nattvandring.walk.web;

import se.nattvandring.walk.WalkReaders;
import se.nattvandring.walk.query.NightView;
import se.nattvandring.walk.query.WalkNightReader;
import se.nattvandring.walk.HelpCalled;
import se.nattvandring.walk.NightPasses;
import se.nattvandring.walk.NightSettings;
import se.nattvandring.walk.ObservationCategory;
import se.nattvandring.walk.TeamLeadership;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlaceView;
import se.nattvandring.place.Places;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;
import tools.jackson.databind.json.JsonMapper;

/**
 * “Kvällens vandring”: the phone page for the night itself. Its forms are sent by night.js through the outbox, so
 * nothing typed in a tunnel is lost; the page shows what the server has.
 */
@Controller
class WalkNightController {

	private final WalkNightReader reader;

	private final TeamLeadership leadership;

	private final Places places;

	private final Walkers walkers;

	private final NightSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final NightPasses passes;

	private final String tileUrl;

	private final String tileAttribution;

	WalkNightController(WalkNightReader reader, TeamLeadership leadership, Places places,
			Walkers walkers, NightSettings settings, JsonMapper json, Clock clock, NightPasses passes,
			@Value("${nattvandring.map.tile-url}") String tileUrl,
			@Value("${nattvandring.map.attribution}") String tileAttribution) {
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
		this.reader = reader;
		this.leadership = leadership;
		this.places = places;
		this.walkers = walkers;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.passes = passes;
	}

	@GetMapping("/walks/{id}/night")
	String night(@PathVariable long id, CurrentUser user, Model model, HttpServletResponse response) {
		// The service worker keeps this page for a reload without a network, under the user it was made for.
		response.setHeader("X-Night-User", String.valueOf(user.userId()));
		WalkNightReader.WalkPage document = reader.page(id, user);
		WalkView walk = document.walk();
		AgreementDocument agreement = document.agreement();
		Set<Long> present = document.night().present().stream().map(NightView.Present::walkerId)
			.collect(Collectors.toSet());
		Set<Long> team = walk.team().stream().map(WalkView.Member::walkerId).collect(Collectors.toSet());
		Set<Long> routeIds = walk.route().stream().map(WalkView.Stop::placeId).collect(Collectors.toSet());
		List<Map<String, Object>> route = places.all(walk.agreementId(), user).stream()
			.filter(p -> routeIds.contains(p.id())).map(WalkNightController::point).toList();
		List<WalkerView> members = walkers.byIds(List.copyOf(team));
		Map<Long, String> phones = members.stream().filter(w -> w.phone() != null)
			.collect(Collectors.toMap(WalkerView::id, WalkerView::phone));
		model.addAttribute("walk", walk);
		model.addAttribute("night", document.night());
		model.addAttribute("agreement", agreement);
		NightSettings.Chosen night = settings.of(walk.agreementId());
		model.addAttribute("settings", night);
		model.addAttribute("leaderPhone", night.teamLeaderPhone() != null ? night.teamLeaderPhone()
				: walk.teamLeaderId() == null ? null : phones.get(walk.teamLeaderId()));
		model.addAttribute("mayLead", leadership.mayLead(walk.agreementId(), walk.associationId(), walk.teamLeaderId(),
				team, present, user));
		model.addAttribute("showNames", WalkReaders.seesNames(user, walk.associationId()));
		model.addAttribute("routePoints", json.writeValueAsString(route));
		boolean checkingIn = walk.status() == WalkStatus.PLANNED && (boolean) model.getAttribute("mayLead");
		// Someone who turns up unplanned can be checked in if the agreement lets them walk; the server checks it.
		model.addAttribute("others", checkingIn ? walkers.active(walk.associationId()).stream()
			.filter(w -> !team.contains(w.id())).toList() : List.of());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("categories", ObservationCategory.values());
		model.addAttribute("helpOptions", HelpCalled.values());
		boolean onTeam = walkers.self(user).map(w -> team.contains(w.requiredId()) || present.contains(w.requiredId()))
			.orElse(false);
		boolean open = walk.status() == WalkStatus.PLANNED || walk.status() == WalkStatus.IN_PROGRESS
				|| walk.status() == WalkStatus.COMPLETED;
		model.addAttribute("passUrl", onTeam && open ? "/api/v1/walks/" + id + "/night-pass" : null);
		model.addAttribute("tonight", walk.date().equals(StockholmTime.today(clock))
				|| walk.date().equals(StockholmTime.today(clock).minusDays(1)) && walk.crossesMidnight());
		return "walk/night";
	}

	/** A walker ends their night passes for the walk, as when a phone is lost; the phone in hand gets a new one. */
	@PostMapping("/walks/{id}/night-pass/revoke")
	String revokePass(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		long self = walkers.self(user).map(w -> w.requiredId())
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not a walker"));
		passes.revoke(id, self, user);
		redirect.addFlashAttribute("passRevoked", true);
		return "redirect:/walks/" + id + "/night";
	}

	private static Map<String, Object> point(PlaceView place) {
		return Map.of("id", place.id(), "name", place.name(), "lat", place.latitude(), "lon", place.longitude());
	}
}
