package se.nattvandring.walk.web;

import se.nattvandring.walk.query.CalendarMonth;
import se.nattvandring.walk.query.NightsOfNote;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.StockholmTime;

/**
 * The planning calendar: a month of one agreement's walks, with holidays and peak nights, the quota or budget left,
 * and under-staffed walks flagged. A month grid on the desktop, an agenda on the phone.
 */
@Controller
class WalkCalendarController {

	private final Walks walks;

	private final Agreements agreements;

	private final NightsOfNote nights;

	private final Clock clock;

	WalkCalendarController(Walks walks, Agreements agreements, NightsOfNote nights, Clock clock) {
		this.walks = walks;
		this.agreements = agreements;
		this.nights = nights;
		this.clock = clock;
	}

	@GetMapping("/walks")
	String calendar(@RequestParam(required = false) @Nullable Long agreement,
			@RequestParam(required = false) @Nullable Long association,
			@RequestParam(required = false) @Nullable YearMonth month, CurrentUser user, Locale locale, Model model) {
		LocalDate today = StockholmTime.today(clock);
		List<AgreementDocument> all = agreements.visibleTo(user, 0).items();
		model.addAttribute("agreements", all);
		AgreementDocument chosen = choose(agreement, all, today);
		if (chosen == null) {
			model.addAttribute("calendar", null);
			return "walk/calendar";
		}
		YearMonth shown = month != null ? month : YearMonth.from(clamp(today, chosen));
		Long associationFilter = user.isWalkerOnly() ? null : association;
		List<WalkView> monthWalks = walks.between(chosen.id(), associationFilter, CalendarMonth.firstShown(shown),
				CalendarMonth.lastShown(shown), user);
		CalendarMonth calendar = CalendarMonth.of(shown, monthWalks,
				nights.between(CalendarMonth.firstShown(shown), CalendarMonth.lastShown(shown), locale), today);
		model.addAttribute("agreement", chosen);
		model.addAttribute("association", associationFilter);
		model.addAttribute("calendar", calendar);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("understaffed", monthWalks.stream().filter(WalkView::understaffed).count());
		model.addAttribute("mayPlan", walks.mayPlan(chosen, null, user));
		if (!user.has(Role.WALKER)) {
			model.addAttribute("quota", walks.quotaUsage(chosen.id(), user));
		}
		return "walk/calendar";
	}

	/** The asked-for agreement, else the one in force today, else the latest. */
	private static @Nullable AgreementDocument choose(@Nullable Long id, List<AgreementDocument> all, LocalDate today) {
		if (id != null) {
			return all.stream().filter(a -> a.id() == id).findFirst()
				.orElseThrow(() -> new se.nattvandring.shared.NotFoundException("agreement", id));
		}
		return all.stream().filter(a -> a.isInForceOn(today)).findFirst()
			.orElse(all.isEmpty() ? null : all.get(0));
	}

	/** Today's month inside the agreement's period, else the nearest end of it. */
	private static LocalDate clamp(LocalDate today, AgreementDocument agreement) {
		if (today.isBefore(agreement.periodStart())) {
			return agreement.periodStart();
		}
		return today.isAfter(agreement.effectiveEnd()) ? agreement.effectiveEnd() : today;
	}
}
