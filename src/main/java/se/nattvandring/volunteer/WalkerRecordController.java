package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldErrors;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/** One walker's record: contact details, status, invitation, training records and loans. */
@Controller
class WalkerRecordController {

	private final Walkers walkers;

	private final MessageSource messages;

	WalkerRecordController(Walkers walkers, MessageSource messages) {
		this.walkers = walkers;
		this.messages = messages;
	}

	@InitBinder({ "walker", "training" })
	void bindByField(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/walkers/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
		Walker walker = walkers.record(id, user);
		return page(walker, WalkerForm.of(walker), null, null, null, user, model, locale);
	}

	@PostMapping("/walkers/{id}")
	String revise(@PathVariable long id, @ModelAttribute("walker") WalkerForm form, BindingResult result,
			CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Walker walker = walkers.record(id, user);
		try {
			if (result.hasErrors()) {
				throw new InvalidInputException(walkers.check(form.toDraft(), id));
			}
			walkers.revise(id, form.toDraft(), user);
			redirect.addFlashAttribute("notice", "walker.saved");
			return "redirect:/walkers/" + id;
		}
		catch (InvalidInputException invalid) {
			FieldErrors.reject(result, invalid.violations(), field -> field);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(walker, form, result, null, null, user, model, locale);
		}
	}

	@PostMapping("/walkers/{id}/trainings")
	String recordTraining(@PathVariable long id, @ModelAttribute("training") TrainingForm form, BindingResult result,
			CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Walker walker = walkers.record(id, user);
		try {
			if (result.hasErrors()) {
				throw new InvalidInputException(WalkerValidator.validate(form.toDraft(), LocalDate.MAX));
			}
			walkers.recordTraining(id, form.toDraft(), user);
			redirect.addFlashAttribute("notice", "walker.trainingSaved");
			return "redirect:/walkers/" + id;
		}
		catch (InvalidInputException invalid) {
			FieldErrors.reject(result, invalid.violations(), field -> field);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(walker, WalkerForm.of(walker), null, form, result, user, model, locale);
		}
	}

	@PostMapping("/walkers/{id}/loans")
	String lend(@PathVariable long id, @RequestParam(required = false) @Nullable String item,
			@RequestParam(required = false) @Nullable LocalDate lentOn, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			walkers.lend(id, item, lentOn, user);
			redirect.addFlashAttribute("notice", "walker.loanSaved");
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("loanProblem", invalid.violations().get(0).messageKey());
			redirect.addFlashAttribute("loanItem", item);
		}
		return "redirect:/walkers/" + id + "#loans";
	}

	@PostMapping("/walkers/{id}/loans/{index}/return")
	String giveBack(@PathVariable long id, @PathVariable int index, CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "walker.loanReturned", () -> walkers.giveBack(id, index, user));
	}

	@PostMapping("/walkers/{id}/deactivate")
	String deactivate(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "walker.deactivated", () -> walkers.deactivate(id, user));
	}

	@PostMapping("/walkers/{id}/reactivate")
	String reactivate(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "walker.reactivated", () -> walkers.reactivate(id, user));
	}

	@PostMapping("/walkers/{id}/invite")
	String invite(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "walker.invited", () -> walkers.invite(id, user));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
		}
		return "redirect:/walkers/" + id;
	}

	private String page(Walker walker, WalkerForm form, @Nullable BindingResult formResult,
			@Nullable TrainingForm training, @Nullable BindingResult trainingResult, CurrentUser user, Model model,
			Locale locale) {
		boolean manage = walkers.mayManage(walker.associationId(), user);
		model.addAttribute("record", walker);
		model.addAttribute("view", walkers.get(walker.requiredId(), user));
		model.addAttribute("association", walkers.association(walker.associationId(), user));
		model.addAttribute("mayManage", manage);
		model.addAttribute("mayTrain", !user.has(Role.WALKER));
		model.addAttribute("walker", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "walker",
				formResult == null ? new DirectFieldBindingResult(form, "walker") : formResult);
		TrainingForm trainingForm = training == null ? TrainingForm.suggested(
				messages.getMessage("training.default.course", null, locale),
				messages.getMessage("training.default.provider", null, locale)) : training;
		model.addAttribute("training", trainingForm);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "training",
				trainingResult == null ? new DirectFieldBindingResult(trainingForm, "training") : trainingResult);
		return "volunteer/record";
	}
}
