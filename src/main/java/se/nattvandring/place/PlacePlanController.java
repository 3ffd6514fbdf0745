package se.nattvandring.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlacePlan.PlanParty;
import se.nattvandring.place.PlacePlans.Answer;
import se.nattvandring.place.PlacePlans.AnswerKind;
import se.nattvandring.place.PlacePlans.PlanDraft;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/** The place agreement's page: its versions, each party's answer, a new version, and each user's to-do list. */
@Controller
class PlacePlanController {

	private final PlacePlans plans;

	private final Places places;

	private final Agreements agreements;

	private final MessageSource messages;

	PlacePlanController(PlacePlans plans, Places places, Agreements agreements, MessageSource messages) {
		this.messages = messages;
		this.plans = plans;
		this.places = places;
		this.agreements = agreements;
	}

	@GetMapping("/agreements/{id}/place-plans")
	String versions(@PathVariable long id, CurrentUser user, Model model) {
		return page(id, user, model, null, null);
	}

	@PostMapping("/agreements/{id}/place-plans")
	String draft(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @Nullable List<Long> placeIds,
			@RequestParam(required = false) @Nullable String note, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PlanDraft draft = new PlanDraft(validFrom, placeIds, note);
		try {
			PlanView plan = plans.draft(id, draft, user);
			redirect.addFlashAttribute("message", "placePlan.draftSaved");
			redirect.addFlashAttribute("messageArgument", plan.versionNumber());
			return "redirect:/agreements/" + id + "/place-plans";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, user, model, draft, ex);
		}
	}

	@PostMapping("/place-plans/{planId}/answers")
	String answer(@PathVariable long planId, @RequestParam long agreementId,
			@RequestParam(required = false) @Nullable AnswerKind decision,
			@RequestParam(required = false) @Nullable String comment, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			PlanView plan = plans.answer(planId, new Answer(decision, comment), user);
			redirect.addFlashAttribute("message", plan.isInForce() || plan.status() == PlanView.Status.APPROVED_UPCOMING
					? "placePlan.nowApproved" : decision == AnswerKind.APPROVE ? "placePlan.approved" : "placePlan.commented");
			redirect.addFlashAttribute("messageArgument", plan.versionNumber());
		}
		catch (RuleViolationException ex) {
			refuse(redirect, "refusalText", ex.messageKey(), ex.arguments(), comment);
		}
		catch (InvalidInputException ex) {
			var first = ex.violations().get(0);
			refuse(redirect, "problemText", first.messageKey(), first.arguments(), comment);
		}
		return "redirect:/agreements/" + agreementId + "/place-plans";
	}

	/**
	 * The reason, in the user's words, and the comment they typed, both kept across the redirect; a rule's refusal
	 * and a problem with the input go under different names, so that neither reads as the other.
	 */
	private void refuse(RedirectAttributes redirect, String kind, String key, Object[] arguments,
			@Nullable String comment) {
		redirect.addFlashAttribute(kind,
				messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
		redirect.addFlashAttribute("comment", comment);
	}

	@PostMapping("/agreements/{id}/place-plans/approvers")
	String approvers(@PathVariable long id, @RequestParam(required = false) @Nullable List<String> approver,
			CurrentUser user, RedirectAttributes redirect) {
		List<PlanParty> chosen = new ArrayList<>();
		try {
			for (String value : approver == null ? List.<String>of() : approver) {
				String[] parts = value.split(":", 2);
				chosen.add(new PlanParty(Long.parseLong(parts[0]), PartyRole.valueOf(parts[1])));
			}
			plans.configureApprovers(id, chosen, user);
			redirect.addFlashAttribute("message", "placePlan.approversSaved");
		}
		catch (InvalidInputException | IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			refuse(redirect, "problemText", "placePlan.error.approvers", new Object[0], null);
		}
		return "redirect:/agreements/" + id + "/place-plans";
	}

	@GetMapping("/place-plans/todo")
	String todo(CurrentUser user, Model model) {
		model.addAttribute("awaiting", plans.awaiting(user));
		return "place/todo";
	}

	private String page(long id, CurrentUser user, Model model, @Nullable PlanDraft draft,
			@Nullable InvalidInputException problems) {
		AgreementDocument agreement = agreements.document(id, user);
		List<PlanView> versions = plans.versions(id, user);
		model.addAttribute("agreement", agreement);
		model.addAttribute("versions", versions);
		List<PlanParty> required = plans.requiredParties(agreement);
		model.addAttribute("myParty", plans.partyOf(user, required).orElse(null));
		model.addAttribute("mayDraft", plans.mayDraft(agreement, user));
		model.addAttribute("mayConfigure", agreements.mayChange(agreement, user));
		model.addAttribute("requiredKeys", required.stream()
			.map(p -> p.organisationId() + ":" + p.role()).toList());
		model.addAttribute("activePlaces", places.all(id, user).stream().filter(PlaceView::active).toList());
		List<Long> selected = draft != null && draft.placeIds() != null ? draft.placeIds()
				: versions.isEmpty() ? List.of() : versions.get(0).places().stream().map(PlaceView::id).toList();
		model.addAttribute("selectedPlaces", selected);
		model.addAttribute("draft", draft);
		model.addAttribute("draftProblems", problems == null ? List.of() : problems.violations().stream()
			.map(v -> messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), LocaleContextHolder.getLocale()))
			.toList());
		return "place/plans";
	}
}
