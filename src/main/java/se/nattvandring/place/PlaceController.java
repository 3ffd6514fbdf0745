package se.nattvandring.place;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
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

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldErrors;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.SwedishDecimalEditor;

/** The map and list of an area's places, and the form to add or change one. */
@Controller
class PlaceController {

	private final Places places;

	private final Agreements agreements;

	private final String tileUrl;

	private final String tileAttribution;

	PlaceController(Places places, Agreements agreements, @Value("${nattvandring.map.tile-url}") String tileUrl,
			@Value("${nattvandring.map.attribution}") String tileAttribution) {
		this.places = places;
		this.agreements = agreements;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@InitBinder("place")
	void bindByField(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.registerCustomEditor(BigDecimal.class, new SwedishDecimalEditor('.'));
	}

	@GetMapping("/agreements/{id}/places")
	String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		return listPage(id, page, user, model, new PlaceForm(), null);
	}

	@PostMapping("/agreements/{id}/places")
	String add(@PathVariable long id, @ModelAttribute("place") PlaceForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		agreements.document(id, user);
		requireEditor(user);
		try {
			if (result.hasErrors()) {
				throw new InvalidInputException(places.check(form.toDraft()));
			}
			PlaceView added = places.add(id, form.toDraft(), user);
			redirect.addFlashAttribute("savedPlace", added.name());
			return "redirect:/agreements/" + id + "/places";
		}
		catch (InvalidInputException invalid) {
			reject(result, invalid.violations(), response);
			return listPage(id, 0, user, model, form, result);
		}
	}

	@GetMapping("/places/{id}/edit")
	String edit(@PathVariable long id, CurrentUser user, Model model) {
		PlaceView place = places.get(id, user);
		requireReviser(place, user);
		return formPage(place, PlaceForm.of(place), null, user, model);
	}

	@PostMapping("/places/{id}")
	String update(@PathVariable long id, @ModelAttribute("place") PlaceForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PlaceView place = places.get(id, user);
		requireReviser(place, user);
		try {
			if (result.hasErrors()) {
				throw new InvalidInputException(places.check(form.toDraft()));
			}
			places.revise(id, form.toDraft(), user);
			redirect.addFlashAttribute("savedPlace", form.name);
			return "redirect:/agreements/" + place.agreementId() + "/places";
		}
		catch (InvalidInputException invalid) {
			reject(result, invalid.violations(), response);
			return formPage(place, form, result, user, model);
		}
	}

	private String listPage(long id, int page, CurrentUser user, Model model, PlaceForm form,
			@Nullable BindingResult result) {
		model.addAttribute("agreement", agreements.document(id, user));
		var shown = places.page(id, page, user);
		model.addAttribute("page", shown);
		model.addAttribute("mayEdit", places.mayEdit(user));
		model.addAttribute("revisable", shown.items().stream().filter(p -> places.mayRevise(p, user))
			.map(PlaceView::id).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		addForm(model, form, result);
		return "place/list";
	}

	private String formPage(PlaceView place, PlaceForm form, @Nullable BindingResult result, CurrentUser user,
			Model model) {
		model.addAttribute("placeView", place);
		model.addAttribute("agreement", agreements.document(place.agreementId(), user));
		addForm(model, form, result);
		return "place/form";
	}

	private static void addForm(Model model, PlaceForm form, @Nullable BindingResult result) {
		model.addAttribute("place", form);
		if (result == null) {
			var fresh = new DirectFieldBindingResult(form, "place");
			fresh.getPropertyEditorRegistry().registerCustomEditor(BigDecimal.class, new SwedishDecimalEditor('.'));
			result = fresh;
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "place", result);
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("reasons", PlaceReason.values());
		model.addAttribute("sources", KnowledgeSource.values());
	}

	private static void reject(BindingResult result, List<FieldViolation> problems, HttpServletResponse response) {
		FieldErrors.reject(result, problems, field -> field);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	private void requireReviser(PlaceView place, CurrentUser user) {
		if (!places.mayRevise(place, user)) {
			throw new AccessDeniedException("Only the organisation that added the place, and the district, change it");
		}
	}

	private void requireEditor(CurrentUser user) {
		if (!places.mayEdit(user)) {
			throw new AccessDeniedException("Walkers read places");
		}
	}
}
