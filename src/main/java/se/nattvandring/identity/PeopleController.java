package se.nattvandring.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/**
 * The pages where those responsible manage their own people: a district's administrator its staff's roles and access,
 * a contact its organisation's other contacts, and the installation's administrator its districts.
 */
@Controller
class PeopleController {

	private final People people;

	private final Districts districts;

	private final PageRefusals refusals;

	PeopleController(People people, Districts districts, PageRefusals refusals) {
		this.people = people;
		this.districts = districts;
		this.refusals = refusals;
	}

	@PostMapping("/admin/staff/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(required = false) @Nullable Set<Role> roles,
			CurrentUser admin, RedirectAttributes redirect, Locale locale) {
		return act(() -> people.changeRoles(id, roles == null ? EnumSet.noneOf(Role.class) : roles, admin),
				"people.rolesChanged", "/admin/staff", redirect, locale);
	}

	@PostMapping("/admin/staff/{id}/end")
	String endStaffAccess(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
		return act(() -> people.endAccess(id, admin), "people.accessEnded", "/admin/staff", redirect, locale);
	}

	@GetMapping("/people")
	String contacts(CurrentUser contact, Model model) {
		return contactsPage(new Invitations.StaffInvitation(null, null, null), contact, model);
	}

	@PostMapping("/people")
	String inviteContact(Invitations.StaffInvitation form, CurrentUser contact, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			people.inviteContact(form, contact);
			redirect.addFlashAttribute("notice", "invitation.staff.sent");
			return "redirect:/people";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			refusals.show(refused, model, locale, response);
			return contactsPage(form, contact, model);
		}
	}

	@PostMapping("/people/{id}/end")
	String endContactAccess(@PathVariable long id, CurrentUser contact, RedirectAttributes redirect, Locale locale) {
		return act(() -> people.endAccess(id, contact), "people.accessEnded", "/people", redirect, locale);
	}

	@GetMapping("/installation/districts")
	String districts(CurrentUser user, Model model) {
		return districtsPage(new Districts.NewDistrict(null, null, null, null), user, model);
	}

	@PostMapping("/installation/districts")
	String createDistrict(Districts.NewDistrict form, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			districts.create(form, user);
			redirect.addFlashAttribute("notice", "district.created");
			return "redirect:/installation/districts";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			refusals.show(refused, model, locale, response);
			return districtsPage(form, user, model);
		}
	}

	private String act(Runnable action, String notice, String page, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInputException | RuleViolationException refused) {
			redirect.addFlashAttribute("refusalText", refusals.line(refused, locale));
		}
		return "redirect:" + page;
	}

	private String contactsPage(Invitations.StaffInvitation form, CurrentUser contact, Model model) {
		if (contact.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION) {
			throw new AccessDeniedException("A district's staff is managed on the staff page");
		}
		List<People.Person> list = people.ofOwnOrganisation(contact);
		model.addAttribute("form", form);
		model.addAttribute("people", list);
		return "identity/people";
	}

	private String districtsPage(Districts.NewDistrict form, CurrentUser user, Model model) {
		model.addAttribute("districts", districts.all(user));
		model.addAttribute("form", form);
		return "identity/districts";
	}
}
