package se.nattvandring.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.payment.Budgets;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.StockholmTime;

/**
 * The follow-up's pages: an agreement's figures for a period as tables and charts, the same places on a map, and
 * agreements side by side. Without a period, the agreement's term so far: what the extension is decided on.
 */
@Controller
class FollowUpController {

	private final FollowUp followUp;

	private final Agreements agreements;

	private final Budgets budgets;

	private final MessageSource messages;

	private final Clock clock;

	private final String tileUrl;

	private final String tileAttribution;

	FollowUpController(FollowUp followUp, Agreements agreements, Budgets budgets, MessageSource messages,
			Clock clock, @Value("${nattvandring.map.tile-url}") String tileUrl,
			@Value("${nattvandring.map.attribution}") String tileAttribution) {
		this.clock = clock;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
		this.followUp = followUp;
		this.agreements = agreements;
		this.budgets = budgets;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/follow-up")
	String dashboard(@PathVariable long id, PeriodQuery period, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		AgreementDocument agreement = agreementAndPeriod(id, period, user, model);
		if (budgets.mayRead(agreement, user)) {
			model.addAttribute("budget", budgets.of(id, user));
		}
		figures(model, locale, response, () -> followUp.statistics(id, start(model), end(model), user));
		return "followup/dashboard";
	}

	@GetMapping("/agreements/{id}/follow-up/map")
	String map(@PathVariable long id, PeriodQuery period, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		agreementAndPeriod(id, period, user, model);
		model.addAttribute("months", months(start(model), end(model)));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		figures(model, locale, response, () -> followUp.statistics(id, start(model), end(model), user));
		return "followup/map";
	}

	@GetMapping("/follow-up/compare")
	String compare(@RequestParam(name = "agreement", required = false) @Nullable List<Long> chosen,
			PeriodQuery period, CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
		List<Long> ids = chosen == null ? List.of() : chosen;
		LocalDate today = StockholmTime.today(clock);
		LocalDate start = period.from() != null ? period.from() : today.minusYears(1).withDayOfYear(1);
		LocalDate end = period.to() != null ? period.to() : today.minusYears(1).withMonth(12).withDayOfMonth(31);
		model.addAttribute("agreements", agreements.visibleTo(user, 0).items());
		model.addAttribute("chosen", ids);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("most", FollowUp.MOST_COMPARED);
		if (!ids.isEmpty()) {
			try {
				model.addAttribute("compared", followUp.compare(ids, start, end, user));
			}
			catch (InvalidInputException invalid) {
				problem(invalid, model, locale, response);
			}
		}
		return "followup/compare";
	}

	/** Without a period, the agreement's term so far. */
	private AgreementDocument agreementAndPeriod(long id, PeriodQuery period, CurrentUser user, Model model) {
		AgreementDocument agreement = agreements.document(id, user);
		model.addAttribute("agreement", agreement);
		PeriodQuery shown = period.orTermOf(agreement);
		model.addAttribute("from", shown.from());
		model.addAttribute("to", shown.to());
		return agreement;
	}

	/** The figures, or the period's problem in the reader's language with what they typed still in the form. */
	private void figures(Model model, Locale locale, HttpServletResponse response, Supplier<Statistics> statistics) {
		try {
			model.addAttribute("s", statistics.get());
		}
		catch (InvalidInputException invalid) {
			problem(invalid, model, locale, response);
		}
	}

	private void problem(InvalidInputException invalid, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		FieldViolation problem = invalid.violations().get(0);
		model.addAttribute("problemText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
	}

	/** The months the period touches, for the map's month-by-month links; none for a period of one month or less. */
	static List<YearMonth> months(LocalDate from, LocalDate to) {
		List<YearMonth> months = new java.util.ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to))
				&& months.size() <= FollowUp.LONGEST_PERIOD_YEARS * 12; month = month.plusMonths(1)) {
			months.add(month);
		}
		return months.size() > 1 ? months : List.of();
	}

	private static LocalDate start(Model model) {
		return (LocalDate) model.getAttribute("from");
	}

	private static LocalDate end(Model model) {
		return (LocalDate) model.getAttribute("to");
	}
}
