package se.nattvandring.volunteer;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldErrors;
import se.nattvandring.shared.InvalidInputException;

/** An association's walker list, and registering a new walker. */
@Controller
class WalkerListController {

	private final Walkers walkers;

	WalkerListController(Walkers walkers) {
		this.walkers = walkers;
	}

	@InitBinder("walker")
	void bindByField(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/associations/{id}/walkers")
	String list(@PathVariable long id, @RequestParam(required = false) @Nullable WalkerStatus status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		return listPage(id, status, page, user, model, new WalkerForm(), null);
	}

	@PostMapping("/associations/{id}/walkers")
	String register(@PathVariable long id, @ModelAttribute("walker") WalkerForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (result.hasErrors()) {
				walkers.association(id, user);
				throw new InvalidInputException(walkers.check(form.toDraft(), 0L));
			}
			Walker walker = walkers.register(id, form.toDraft(), user);
			redirect.addFlashAttribute("savedWalker", walker.name());
			return "redirect:/walkers/" + walker.requiredId();
		}
		catch (InvalidInputException invalid) {
			FieldErrors.reject(result, invalid.violations(), field -> field);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return listPage(id, null, 0, user, model, form, result);
		}
	}

	private String listPage(long id, @Nullable WalkerStatus status, int page, CurrentUser user, Model model,
			WalkerForm form, @Nullable BindingResult result) {
		model.addAttribute("association", walkers.association(id, user));
		model.addAttribute("page", walkers.page(id, status, page, user));
		model.addAttribute("status", status);
		model.addAttribute("statuses", new WalkerStatus[] { WalkerStatus.ACTIVE, WalkerStatus.INACTIVE });
		model.addAttribute("mayManage", walkers.mayManage(id, user));
		model.addAttribute("walker", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "walker",
				result == null ? new DirectFieldBindingResult(form, "walker") : result);
		return "volunteer/list";
	}
}
