package se.nattvandring.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.StockholmTime;

/**
 * Gathers what a basis's documents print from the live records: the agreement, the two organisations with the
 * payee's confirmed details, the booking, and the people's names. It is asked once, at issue; after that the
 * documents come from the snapshot it made then.
 */
@Component
class BasisAssembler {

	private final Agreements agreements;

	private final Organisations organisations;

	private final Accounts accounts;

	private final PaymentSettings settings;

	BasisAssembler(Agreements agreements, Organisations organisations, Accounts accounts, PaymentSettings settings) {
		this.agreements = agreements;
		this.organisations = organisations;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** @param today the document date of a draft; an issued basis is dated the day it was issued */
	BasisDocument assemble(PaymentBasis basis, CurrentUser user, LocalDate today) {
		AgreementDocument agreement = agreements.document(basis.agreementId(), user);
		long principal = agreements.principalOf(basis.agreementId())
			.orElseThrow(() -> new NotFoundException("agreement", basis.agreementId()));
		Map<Long, Organisation> parties = organisations.byIds(List.of(principal, basis.associationId()));
		LocalDate date = basis.issuedAt() != null ? LocalDate.ofInstant(basis.issuedAt(), StockholmTime.ZONE) : today;
		return new BasisDocument(basis, agreement, parties.get(principal), parties.get(basis.associationId()),
				settings.of(basis.agreementId()), name(basis.preparedBy()),
				basis.issuedBy() == null ? null : name(basis.issuedBy()),
				basis.attestedBy() == null ? null : name(basis.attestedBy()), date);
	}

	String name(String username) {
		return accounts.displayName(username).orElse(username);
	}
}
