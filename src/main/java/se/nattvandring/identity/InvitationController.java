package se.nattvandring.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/** The pages where a district invites its staff and adds the organisations it works with. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final PageRefusals refusals;

	private final People people;

	InvitationController(Invitations invitations, People people, PageRefusals refusals) {
		this.invitations = invitations;
		this.people = people;
		this.refusals = refusals;
	}

	@GetMapping("/admin/staff")
	String staffForm(CurrentUser admin, Model model) {
		return staffPage(new Invitations.StaffInvitation(null, null, Role.DISTRICT_COORDINATOR), admin, model);
	}

	@PostMapping("/admin/staff")
	String inviteStaff(Invitations.StaffInvitation form, CurrentUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			invitations.inviteStaff(form, admin);
			redirect.addFlashAttribute("notice", "invitation.staff.sent");
			return "redirect:/admin/staff";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			refusals.show(refused, model, locale, response);
			return staffPage(form, admin, model);
		}
	}

	@GetMapping("/organisations/new")
	String partnerForm(CurrentUser user, Model model) {
		requireDistrict(user);
		return partnerPage(new Invitations.NewPartner(null, null, OrganisationKind.ASSOCIATION, null, null), model);
	}

	@PostMapping("/organisations")
	String addPartner(Invitations.NewPartner form, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Invitations.PartnerView added = invitations.addPartner(form, user);
			redirect.addFlashAttribute("notice", added.reused() ? "invitation.partner.reused" : "invitation.partner.added");
			return "redirect:/organisations/new";
		}
		catch (InvalidInputException | RuleViolationException refused) {
			refusals.show(refused, model, locale, response);
			return partnerPage(form, model);
		}
	}

	private static void requireDistrict(CurrentUser user) {
		if (user.organisationKind() != OrganisationKind.DISTRICT_ADMINISTRATION
				|| !(user.isAdmin() || user.has(Role.DISTRICT_COORDINATOR))) {
			throw new AccessDeniedException("A district's coordinator adds the organisations it works with");
		}
	}

	private String staffPage(Invitations.StaffInvitation form, CurrentUser admin, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("people", people.ofOwnOrganisation(admin));
		model.addAttribute("roles", Invitations.STAFF_ROLES);
		return "identity/staff";
	}

	private static String partnerPage(Invitations.NewPartner form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", java.util.List.of(OrganisationKind.ASSOCIATION, OrganisationKind.FOUNDATION));
		return "identity/partner";
	}
}
