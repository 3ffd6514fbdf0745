package se.nattvandring.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.payment.BasesToAttest;
import se.nattvandring.identity.Role;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

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

	private final Walks walks;

	private final Walkers walkers;

	private final Clock clock;

	private final BasesToAttest toAttest;

	private final WorkQueues queues;

	private final AccessibilityStatement statement;

	HomeController(Agreements agreements, PlacePlans placePlans, Walks walks, Walkers walkers, Clock clock, BasesToAttest toAttest, WorkQueues queues,
			AccessibilityStatement statement) {
		this.statement = statement;
		this.toAttest = toAttest;
		this.agreements = agreements;
		this.placePlans = placePlans;
		this.walks = walks;
		this.walkers = walkers;
		this.clock = clock;
		this.queues = queues;
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
		if (user.has(Role.ATTESTER)) {
			model.addAttribute("toAttest", toAttest.waitingFor(user));
		}
		addWalks(user, today, model);
		queues.addTo(user, today, clock.instant(), running.items(), model);
		return "home/home";
	}

	/** A walker's walk tonight first, then their next walks and the ones they could join. */
	private void addWalks(CurrentUser user, LocalDate today, Model model) {
		if (!user.has(Role.WALKER)) {
			return;
		}
		Instant now = clock.instant();
		long self = walkers.self(user).map(w -> w.requiredId()).orElse(-1L);
		List<WalkView> ahead = walks.page(new Walks.Query(null, user.organisationId(), today.minusDays(1),
				today.plusDays(60), 0), user).items();
		model.addAttribute("tonightWalk", ahead.stream().filter(w -> w.hasMember(self))
			.filter(w -> w.status() == WalkStatus.IN_PROGRESS
					|| w.status() == WalkStatus.PLANNED && w.date().equals(today) && w.endsAt().isAfter(now))
			.findFirst().orElse(null));
		List<WalkView> planned = ahead.stream().filter(w -> w.status() == WalkStatus.PLANNED
				&& w.startsAt().isAfter(now)).toList();
		model.addAttribute("myWalks", planned.stream().filter(w -> w.hasMember(self)).limit(5).toList());
		model.addAttribute("myTraining", walkers.byIds(List.of(self)).stream().findFirst().orElse(null));
		model.addAttribute("openWalks", planned.stream().filter(w -> !w.hasMember(self) && !w.full()).limit(5)
			.toList());
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
	String accessibility(Model model) {
		model.addAttribute("statement", statement.facts());
		return "home/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "home/privacy";
	}
}
