package se.nattvandring.walk.web;

import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.place.PlaceView;
import se.nattvandring.place.Places;
import se.nattvandring.place.PlanView;
import se.nattvandring.shared.FieldErrors;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.StockholmTime;

/** Planning a single walk or a series: one form, two submit paths, every problem listed at once. */
@Controller
class WalkPlanController {

	private final Walks walks;

	private final Agreements agreements;

	private final PlacePlans placePlans;

	private final Places places;

	private final Clock clock;

	WalkPlanController(Walks walks, Agreements agreements, PlacePlans placePlans,
			Places places, Clock clock) {
		this.walks = walks;
		this.agreements = agreements;
		this.placePlans = placePlans;
		this.places = places;
		this.clock = clock;
	}

	@InitBinder("walk")
	void bindByField(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/walks/new")
	String newWalk(@RequestParam long agreement, @RequestParam(required = false) @Nullable Long association,
			@RequestParam(defaultValue = "false") boolean series, CurrentUser user, Model model) {
		WalkForm form = new WalkForm();
		form.agreementId = agreement;
		form.associationId = association == null && user.has(se.nattvandring.identity.Role.ASSOCIATION_CONTACT)
				? Long.valueOf(user.organisationId()) : association;
		if (series) {
			form.weekdays = List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		}
		return formPage(form, series, null, user, model);
	}

	@PostMapping("/walks")
	String plan(@ModelAttribute("walk") WalkForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (result.hasErrors()) {
				throw new InvalidInputException(walks.check(form.toPlan(), user));
			}
			WalkView walk = walks.plan(form.toPlan(), user);
			redirect.addFlashAttribute("notice", "walk.planned");
			redirect.addFlashAttribute("quotaWarning", walks.quotaUsage(walk.agreementId(), user).exceeded());
			return "redirect:/walks/" + walk.id();
		}
		catch (InvalidInputException invalid) {
			return refused(form, false, result, invalid, user, model, response);
		}
	}

	@PostMapping("/walks/series")
	String planSeries(@ModelAttribute("walk") WalkForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<LocalDate> skip = form.parsedSkipDates();
		try {
			if (skip == null) {
				result.rejectValue("skipDates", "series.error.skipDates", "series.error.skipDates");
			}
			if (result.hasErrors()) {
				throw new InvalidInputException(walks.check(form.toSeries(skip == null ? List.of() : skip), user));
			}
			List<Long> planned = walks.planSeries(form.toSeries(skip), user);
			redirect.addFlashAttribute("seriesPlanned", planned.size());
			redirect.addFlashAttribute("quotaWarning", walks.quotaUsage(form.agreementId, user).exceeded());
			return "redirect:/walks?agreement=" + form.agreementId + "&month=" + form.firstDate.toString().substring(0, 7);
		}
		catch (InvalidInputException invalid) {
			return refused(form, true, result, invalid, user, model, response);
		}
	}

	private String refused(WalkForm form, boolean series, BindingResult result, InvalidInputException invalid,
			CurrentUser user, Model model, HttpServletResponse response) {
		List<FieldViolation> violations = invalid.violations();
		FieldErrors.reject(result, violations, field -> field);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formPage(form, series, result, user, model);
	}

	private String formPage(WalkForm form, boolean series, @Nullable BindingResult result, CurrentUser user,
			Model model) {
		if (form.agreementId == null) {
			// Every form carries its agreement; without it there is no form to show again.
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		AgreementDocument agreement = agreements.document(form.agreementId, user);
		if (!walks.mayPlan(agreement, form.associationId, user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a planner of this agreement");
		}
		LocalDate today = StockholmTime.today(clock);
		LocalDate reference = today.isBefore(agreement.periodStart()) ? agreement.periodStart() : today;
		List<PlaceView> routeChoices = placePlans.inForceOn(agreement.id(), reference).map(PlanView::places)
			.orElseGet(() -> places.all(agreement.id(), user));
		model.addAttribute("agreement", agreement);
		model.addAttribute("series", series);
		model.addAttribute("associations", agreement.associations().stream()
			.filter(a -> walks.mayPlan(agreement, a.organisationId(), user)).toList());
		model.addAttribute("routeChoices", routeChoices);
		model.addAttribute("leaders", form.associationId == null ? List.of() : walks.leaderCandidates(form.associationId, user));
		model.addAttribute("weekdayChoices", DayOfWeek.values());
		model.addAttribute("criteria", agreement.criteria());
		model.addAttribute("walk", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "walk",
				result == null ? new DirectFieldBindingResult(form, "walk") : result);
		return "walk/form";
	}
}
