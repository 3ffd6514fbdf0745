package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.audit.AuditTrail;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Invitations;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldErrors;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.SwedishDecimalEditor;

/** Agreement pages: list, detail with history, and one form for creating and editing. */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	private static final String FORM = "agreement/form";

	private final Agreements agreements;

	private final Organisations organisations;

	private final AuditTrail auditTrail;

	private final Invitations invitations;

	AgreementController(Agreements agreements, Organisations organisations, AuditTrail auditTrail,
			Invitations invitations) {
		this.invitations = invitations;
		this.agreements = agreements;
		this.organisations = organisations;
		this.auditTrail = auditTrail;
	}

	@InitBinder("agreement")
	void bindByField(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.registerCustomEditor(BigDecimal.class, new SwedishDecimalEditor());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("page", agreements.visibleTo(user, page));
		return "agreement/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		AgreementDocument agreement = agreements.document(id, user);
		model.addAttribute("agreement", agreement);
		model.addAttribute("mayChange", agreements.mayChange(agreement, user));
		if (user.has(Role.DISTRICT_COORDINATOR) || user.isAdmin()) {
			model.addAttribute("history", auditTrail.history("agreement", String.valueOf(id), 50));
		}
		return "agreement/detail";
	}

	@GetMapping("/new")
	String createForm(CurrentUser user, Model model) {
		return form(model, AgreementForm.withDefaults(user.organisationId()), null, user);
	}

	@PostMapping
	String create(@ModelAttribute("agreement") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (AgreementForm.NEW_PARTNER.equals(addRow)) {
			return addPartner(form, result, model, response, null, user);
		}
		if (addRow != null) {
			return addRow(form, addRow, model, htmx, null, user);
		}
		if (result.hasErrors()) {
			// The domain's problems are listed too, so the user sees everything in one round.
			return invalid(form, result, agreements.check(form.toTerms(), 0L, user), model, response, null, user);
		}
		try {
			Agreement saved = agreements.create(form.toTerms(), user);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/agreements/" + saved.requiredId();
		}
		catch (InvalidInputException invalid) {
			return invalid(form, result, invalid.violations(), model, response, null, user);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		requireMayChange(id, user);
		return form(model, AgreementForm.of(agreements.get(id, user)), id, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("agreement") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireMayChange(id, user);
		if (AgreementForm.NEW_PARTNER.equals(addRow)) {
			return addPartner(form, result, model, response, id, user);
		}
		if (addRow != null) {
			return addRow(form, addRow, model, htmx, id, user);
		}
		if (result.hasErrors()) {
			return invalid(form, result, agreements.check(form.toTerms(), id, user), model, response, id, user);
		}
		try {
			agreements.revise(id, form.toTerms(), user);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/agreements/" + id;
		}
		catch (InvalidInputException invalid) {
			return invalid(form, result, invalid.violations(), model, response, id, user);
		}
	}

	/** Adds a row; to htmx only the changed group of rows goes back, to a plain post the whole form. */
	private String addRow(AgreementForm form, String kind, Model model, @Nullable String htmx, @Nullable Long id,
			CurrentUser user) {
		form.addRow(kind);
		form(model, form, id, user);
		return htmx == null ? FORM : FORM + (kind.equals("extension") ? " :: extensions" : " :: parties");
	}

	/**
	 * Adds an association or the foundation and invites its first contact without leaving the form: the new
	 * organisation joins the next empty party row, and everything typed in the form stays.
	 */
	private String addPartner(AgreementForm form, BindingResult result, Model model, HttpServletResponse response,
			@Nullable Long id, CurrentUser user) {
		try {
			Invitations.PartnerView added = invitations.addPartner(form.newPartner.toNewPartner(), user);
			form.joinAsParty(added.id(), added.kind());
			model.addAttribute("partnerAdded", added);
			return form(model, form, id, user);
		}
		catch (InvalidInputException | RuleViolationException refused) {
			List<FieldViolation> problems = refused instanceof InvalidInputException invalid ? invalid.violations()
					: List.of(new FieldViolation("name", ((RuleViolationException) refused).messageKey()));
			FieldErrors.reject(result, problems, field -> "newPartner." + field);
			model.addAttribute("partnerOpen", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("id", id);
			addOptions(model, user);
			return FORM;
		}
	}

	private String invalid(AgreementForm form, BindingResult result, List<FieldViolation> problems, Model model,
			HttpServletResponse response, @Nullable Long id, CurrentUser user) {
		FieldErrors.reject(result, problems, form::formPath);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("id", id);
		addOptions(model, user);
		return FORM;
	}

	private String form(Model model, AgreementForm form, @Nullable Long id, CurrentUser user) {
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "agreement")) {
			// Direct field access for rendering too, so the form class needs no getters.
			model.addAttribute("agreement", form);
			var result = new DirectFieldBindingResult(form, "agreement");
			result.getPropertyEditorRegistry().registerCustomEditor(BigDecimal.class, new SwedishDecimalEditor());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "agreement", result);
		}
		model.addAttribute("id", id);
		addOptions(model, user);
		return FORM;
	}

	private void requireMayChange(long id, CurrentUser user) {
		if (!agreements.mayChange(agreements.document(id, user), user)) {
			throw new AccessDeniedException("Not the principal's coordinator");
		}
	}

	private void addOptions(Model model, CurrentUser user) {
		model.addAttribute("organisations", organisations.partnersOf(user));
		model.addAttribute("roles", PartyRole.values());
		model.addAttribute("units", CompensationUnit.values());
		model.addAttribute("cadences", PaymentCadence.values());
		model.addAttribute("incompleteBlocks", IncompleteBlock.values());
		model.addAttribute("partnerKinds", List.of(OrganisationKind.ASSOCIATION, OrganisationKind.FOUNDATION));
	}
}
