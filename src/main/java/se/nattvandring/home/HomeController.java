package se.nattvandring.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.shared.StockholmTime;

/** The start page: what this user's agreements say today. */
@Controller
class HomeController {

	/** An agreement this close to its end, with an extension still open, needs the coordinator's attention. */
	static final int EXTENSION_ALERT_DAYS = 90;

	/** @param daysLeft days until the agreement ends, counting today */
	record AgreementStatus(AgreementDocument agreement, boolean inForce, boolean upcoming, long daysLeft,
			boolean extensionDecisionDue) {
	}

	private final Agreements agreements;

	private final PlacePlans placePlans;

	private final Clock clock;

	HomeController(Agreements agreements, PlacePlans placePlans, Clock clock) {
		this.agreements = agreements;
		this.placePlans = placePlans;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		LocalDate today = StockholmTime.today(clock);
		var running = agreements.runningOn(today, user);
		List<AgreementStatus> current = running.items().stream().map(a -> status(a, today)).toList();
		model.addAttribute("today", today);
		model.addAttribute("current", current);
		model.addAttribute("endedCount", agreements.countVisibleTo(user) - running.total());
		model.addAttribute("role", user.primaryRole());
		model.addAttribute("awaiting", placePlans.awaiting(user));
		return "home/home";
	}

	static AgreementStatus status(AgreementDocument agreement, LocalDate today) {
		boolean inForce = agreement.isInForceOn(today);
		boolean upcoming = agreement.periodStart().isAfter(today);
		long daysLeft = ChronoUnit.DAYS.between(today, agreement.effectiveEnd()) + 1;
		boolean optionOpen = agreement.extensionPossibleUntil() != null
				&& agreement.effectiveEnd().isBefore(agreement.extensionPossibleUntil());
		return new AgreementStatus(agreement, inForce, upcoming, daysLeft,
				inForce && optionOpen && daysLeft <= EXTENSION_ALERT_DAYS);
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "home/privacy";
	}
}
