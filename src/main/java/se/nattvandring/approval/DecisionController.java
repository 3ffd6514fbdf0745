package se.nattvandring.approval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisations;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkDecisions.Step;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.Walks;

/** The district's queue and the decision page: the night's criteria, the decisions so far, and the decision form. */
@Controller
class DecisionController {

	/** What the decision form posts. */
	record DecisionForm(@Nullable Step decision, @Nullable String reason, @Nullable Boolean override) {
	}

	private final Decisions decisions;

	private final WalkDecisions walkDecisions;

	private final Walks walks;

	private final Organisations organisations;

	private final MessageSource messages;

	DecisionController(Decisions decisions, WalkDecisions walkDecisions, Walks walks, Organisations organisations,
			MessageSource messages) {
		this.decisions = decisions;
		this.walkDecisions = walkDecisions;
		this.walks = walks;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/decisions")
	String queue(@RequestParam(required = false) @Nullable Long agreement,
			@RequestParam(required = false) @Nullable Long association,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		var pending = decisions.pending(new Decisions.Query(agreement, association, from, to, page), user);
		model.addAttribute("page", pending);
		model.addAttribute("filter", new Decisions.Query(agreement, association, from, to, page));
		Map<Long, String> names = new HashMap<>();
		pending.items().forEach(p -> names.put(p.associationId(), p.associationName()));
		model.addAttribute("names", names);
		model.addAttribute("associations", organisations.partnersOf(user).stream()
			.filter(o -> o.kind() == se.nattvandring.identity.OrganisationKind.ASSOCIATION).toList());
		return "approval/queue";
	}

	@PostMapping("/decisions/approve")
	String approveAll(@RequestParam(name = "walkIds", required = false) @Nullable List<Long> walkIds,
			CurrentUser user, RedirectAttributes redirect) {
		// A blank box posted ("walkIds=") binds as null: it chooses nothing.
		List<Long> chosen = walkIds == null ? List.of()
				: walkIds.stream().filter(java.util.Objects::nonNull).toList();
		int approved = decisions.approveAllThatMeetEveryCriterion(chosen, user);
		redirect.addFlashAttribute("approvedCount", approved);
		return "redirect:/decisions";
	}

	@GetMapping("/decisions/walks/{id}")
	String decision(@PathVariable long id, CurrentUser user, Model model) {
		return page(id, new DecisionForm(null, null, null), user, model);
	}

	@PostMapping("/decisions/walks/{id}")
	String decide(@PathVariable long id, DecisionForm form, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			decisions.decide(id, new Decisions.Decision(form.decision(), form.reason(), form.override()), user);
			redirect.addFlashAttribute("notice", "decision.saved." + form.decision());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			var problem = invalid.violations().get(0);
			model.addAttribute("problemText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			return page(id, form, user, model);
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusalText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "redirect:/decisions/walks/" + id;
	}

	private String page(long id, DecisionForm form, CurrentUser user, Model model) {
		var walk = walks.get(id, user);
		model.addAttribute("walk", walk);
		model.addAttribute("criteria", walkDecisions.criteria(id, user));
		model.addAttribute("history", decisions.history(id, user));
		model.addAttribute("mayDecide", walk.status() == WalkStatus.REPORTED
				&& walkDecisions.mayDecide(walk.agreementId(), user));
		model.addAttribute("form", form);
		return "approval/decision";
	}
}
