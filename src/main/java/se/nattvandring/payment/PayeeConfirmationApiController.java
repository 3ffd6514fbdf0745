package se.nattvandring.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.InvoicingDetails;
import se.nattvandring.identity.PayeeChange;

/** A payee's changed organisation number, bankgiro or plusgiro, waiting for the district that pays it. */
@RestController
@Tag(name = "Payment bases")
class PayeeConfirmationApiController {

	private final PayeeConfirmations confirmations;

	PayeeConfirmationApiController(PayeeConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	/** The change waiting, or null when none waits. */
	record PendingPayee(@Nullable PayeeChange pending) {
	}

	@GetMapping("/api/v1/organisations/{id}/invoicing/pending")
	@Operation(summary = "The payee change waiting for the district's confirmation, if any "
			+ "(the district that pays the association, and the association itself)")
	PendingPayee pending(@PathVariable long id, CurrentUser user) {
		return new PendingPayee(confirmations.pending(id, user).orElse(null));
	}

	@PostMapping("/api/v1/organisations/{id}/invoicing/confirm")
	@Operation(summary = "Confirm the pending payee change (a coordinator or attester of a district that pays, "
			+ "never the person who asked for it)")
	InvoicingDetails confirm(@PathVariable long id, CurrentUser user) {
		return confirmations.confirm(id, user).invoicing();
	}
}
