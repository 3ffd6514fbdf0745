package se.nattvandring.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;

/** The association's contact keeps the invoicing details that payment bases and invoices print. */
@Controller
class InvoicingDetailsController {

	/** What the form posts; an unticked box posts nothing, which is "not registered for VAT". */
	record InvoicingForm(@Nullable String organisationNumber, @Nullable String bankgiro, @Nullable String plusgiro,
			@Nullable Boolean vatRegistered, @Nullable String peppolId, @Nullable String streetAddress,
			@Nullable String postalCode, @Nullable String city) {

		static InvoicingForm of(InvoicingDetails details) {
			return new InvoicingForm(details.organisationNumber(), details.bankgiro(), details.plusgiro(),
					details.vatRegistered(), details.peppolId(), details.streetAddress(), details.postalCode(),
					details.city());
		}

		InvoicingDetails details() {
			return new InvoicingDetails(organisationNumber, bankgiro, plusgiro, Boolean.TRUE.equals(vatRegistered),
					peppolId, streetAddress, postalCode, city);
		}
	}

	private final Organisations organisations;

	private final MessageSource messages;

	InvoicingDetailsController(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/organisation/invoicing")
	String form(CurrentUser user, Model model) {
		Organisation organisation = own(user);
		return page(organisation, InvoicingForm.of(organisation.invoicing()), model);
	}

	@PostMapping("/organisation/invoicing")
	String save(InvoicingForm form, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Organisation organisation = own(user);
		try {
			organisations.updateInvoicing(organisation.requiredId(), form.details(), user);
			redirect.addFlashAttribute("notice", "invoicing.saved");
			return "redirect:/organisation/invoicing";
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			for (FieldViolation problem : invalid.violations()) {
				model.addAttribute("error_" + problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			}
			return page(organisation, form, model);
		}
	}

	private Organisation own(CurrentUser user) {
		Organisation organisation = organisations.byId(user.organisationId()).orElseThrow();
		if (!organisations.mayEditInvoicing(organisation, user)) {
			throw new AccessDeniedException("An association's invoicing details are its contact's");
		}
		return organisation;
	}

	private String page(Organisation organisation, InvoicingForm form, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("pending", organisations.pendingPayeeChange(organisation.requiredId()).orElse(null));
		model.addAttribute("form", form);
		return "identity/invoicing";
	}
}
