package se.nattvandring.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.shared.NotFoundException;

@RestController
@Tag(name = "Organisations", description = "Districts, associations and the foundation the caller works with, and their invoicing details")
class InvoicingDetailsApiController {

	private final Organisations organisations;

	InvoicingDetailsApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/api/v1/organisations/{id}/invoicing")
	@Operation(summary = "Organisation number, bankgiro or plusgiro, VAT status, Peppol ID and postal address")
	InvoicingDetails get(@PathVariable long id, CurrentUser user) {
		Organisation organisation = organisations.byId(id).orElseThrow(() -> new NotFoundException("organisation", id));
		if (!organisations.mayEditInvoicing(organisation, user)) {
			throw new NotFoundException("organisation", id);
		}
		return organisation.invoicing();
	}

	@PutMapping("/api/v1/organisations/{id}/invoicing")
	@Operation(summary = "Change the invoicing details: the association's contact, or the administrator")
	InvoicingDetails update(@PathVariable long id, @RequestBody InvoicingDetails details, CurrentUser user) {
		return organisations.updateInvoicing(id, details, user).invoicing();
	}
}
