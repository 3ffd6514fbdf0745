package se.nattvandring.payment;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.PayeeChange;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.NotFoundException;

/**
 * The district's side of a changed payee: a coordinator or attester of a district that pays the association reads the
 * pending change and confirms it. The person who asked for the change never confirms it; until someone else does,
 * bases are issued with the confirmed details.
 */
@Service
@Transactional(readOnly = true)
public class PayeeConfirmations {

	private final Organisations organisations;

	private final Agreements agreements;

	PayeeConfirmations(Organisations organisations, Agreements agreements) {
		this.organisations = organisations;
		this.agreements = agreements;
	}

	public boolean mayConfirm(long organisationId, CurrentUser user) {
		return user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION
				&& (user.has(Role.DISTRICT_COORDINATOR) || user.has(Role.ATTESTER))
				&& agreements.sharesAgreementWith(user, organisationId, PartyRole.ASSOCIATION);
	}

	/** The change waiting for confirmation, for the district that pays and for the association itself. */
	public Optional<PayeeChange> pending(long organisationId, CurrentUser user) {
		Organisation organisation = organisations.byId(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		if (!mayConfirm(organisationId, user) && !organisations.mayEditInvoicing(organisation, user)) {
			throw new NotFoundException("organisation", organisationId);
		}
		return organisations.pendingPayeeChange(organisationId);
	}

	@Transactional
	public Organisation confirm(long organisationId, CurrentUser user) {
		if (!mayConfirm(organisationId, user)) {
			throw new AccessDeniedException("A payee's new details are confirmed by the district that pays it");
		}
		return organisations.confirmPayeeChange(organisationId, user);
	}
}
