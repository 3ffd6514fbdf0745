package se.nattvandring.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
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
import se.nattvandring.walk.TonightOverview;
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

	private final TonightOverview tonight;

	private final Clock clock;

	private final BasesToAttest toAttest;

	private final int understaffedDays;

	HomeController(Agreements agreements, PlacePlans placePlans, Walks walks, Walkers walkers, TonightOverview tonight,
			Clock clock, BasesToAttest toAttest,
			@Value("${nattvandring.reminders.understaffed-days:3}") int understaffedDays) {
		this.toAttest = toAttest;
		this.tonight = tonight;
		this.agreements = agreements;
		this.placePlans = placePlans;
		this.walks = walks;
		this.walkers = walkers;
		this.clock = clock;
		this.understaffedDays = understaffedDays;
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
		addWalks(user, today, model, running.items());
		return "home/home";
	}

	/** A walker's next walks and the ones they could join; a contact's walks short of walkers in the next days. */
	private void addWalks(CurrentUser user, LocalDate today, Model model, List<AgreementDocument> running) {
		boolean walker = user.has(Role.WALKER);
		boolean contact = user.has(Role.ASSOCIATION_CONTACT);
		if (!walker && !contact) {
			return;
		}
		Instant now = clock.instant();
		List<WalkView> ahead = walks.page(new Walks.Query(null, user.organisationId(), today, today.plusDays(60), 0),
				user).items().stream().filter(w -> w.status() == WalkStatus.PLANNED && w.startsAt().isAfter(now))
			.toList();
		if (walker) {
			long self = walkers.self(user).map(w -> w.requiredId()).orElse(-1L);
			model.addAttribute("myWalks", ahead.stream().filter(w -> w.hasMember(self)).limit(5).toList());
			model.addAttribute("openWalks", ahead.stream().filter(w -> !w.hasMember(self) && !w.full()).limit(5)
				.toList());
		}
		if (contact) {
			LocalDate horizon = today.plusDays(understaffedDays);
			model.addAttribute("understaffed", ahead.stream()
				.filter(w -> w.understaffed() && !w.date().isAfter(horizon)).toList());
			model.addAttribute("understaffedDays", understaffedDays);
			model.addAttribute("overdue", tonight.overdueOf(user.organisationId()));
			model.addAttribute("lateReports", tonight.lateReports(user, id -> running.stream()
				.filter(a -> a.id() == id).map(AgreementDocument::criteria).findFirst().orElse(null)));
		}
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
