package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.TextChecks;

/**
 * How a district grows from its first administrator: the administrator invites the district's staff, and a coordinator
 * adds the associations and the foundation it works with, each with its first contact, by e-mail. An organisation that
 * already works with another district is found by its organisation number and reused, never made twice.
 */
@Service
public class Invitations {

	/** A person of the district's own staff, and the one role they get. */
	public record StaffInvitation(@Nullable String name, @Nullable String email, @Nullable Role role) {
	}

	/** An association or the foundation, with the person who will be its first contact. */
	public record NewPartner(@Nullable String name, @Nullable String organisationNumber,
			@Nullable OrganisationKind kind, @Nullable String contactName, @Nullable String contactEmail) {
	}

	/** What an organisation is, as a partner sees it: never its payment details. */
	public record PartnerView(long id, String name, OrganisationKind kind, @Nullable String organisationNumber,
			boolean reused) {
	}

	static final Set<Role> STAFF_ROLES = EnumSet.of(Role.DISTRICT_COORDINATOR, Role.FIELD_ASSISTANT, Role.ATTESTER,
			Role.BOARD, Role.ADMIN);

	private static final Map<OrganisationKind, Role> CONTACT_ROLE = Map.of(OrganisationKind.ASSOCIATION,
			Role.ASSOCIATION_CONTACT, OrganisationKind.FOUNDATION, Role.FOUNDATION);

	private final Accounts accounts;

	private final Organisations organisations;

	private final OrganisationRepository repository;

	private final SignInLinks signInLinks;

	Invitations(Accounts accounts, Organisations organisations, OrganisationRepository repository,
			SignInLinks signInLinks) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.repository = repository;
		this.signInLinks = signInLinks;
	}

	/** The district's administrator invites a person of the district's own staff, with a sign-in link by e-mail. */
	@Transactional
	public CurrentUser inviteStaff(StaffInvitation invitation, CurrentUser admin) {
		if (!admin.isAdmin() || admin.organisationKind() != OrganisationKind.DISTRICT_ADMINISTRATION) {
			throw new AccessDeniedException("The district's administrator invites its staff");
		}
		List<FieldViolation> problems = person("name", invitation.name(), "email", invitation.email());
		if (invitation.role() == null || !STAFF_ROLES.contains(invitation.role())) {
			problems.add(new FieldViolation("role", "invitation.error.staffRole"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Organisation district = organisations.byId(admin.organisationId()).orElseThrow();
		CurrentUser invited = accounts.invite(invitation.name().strip(), invitation.email().strip(),
				district.requiredId(), invitation.role());
		signInLinks.invite(invited.userId(), district.name());
		return invited;
	}

	/**
	 * A district's coordinator (or administrator) adds an association or the foundation and invites its first
	 * contact. An organisation with the same organisation number is reused; its contact is invited only if the
	 * address is new, and an address that already signs in for that organisation is taken as its contact.
	 */
	@Transactional
	public PartnerView addPartner(NewPartner partner, CurrentUser user) {
		if (user.organisationKind() != OrganisationKind.DISTRICT_ADMINISTRATION
				|| !(user.isAdmin() || user.has(Role.DISTRICT_COORDINATOR))) {
			throw new AccessDeniedException("A district's coordinator adds the organisations it works with");
		}
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("name", partner.name(), true, 200).ifPresent(problems::add);
		String number = partner.organisationNumber() == null ? null : partner.organisationNumber().strip();
		if (number == null || number.isEmpty()) {
			problems.add(new FieldViolation("organisationNumber", "error.required"));
		}
		else if (!SwedishNumbers.isValidOrganisationNumber(number)) {
			problems.add(new FieldViolation("organisationNumber", "invoicing.error.organisationNumber"));
		}
		if (partner.kind() == null || !CONTACT_ROLE.containsKey(partner.kind())) {
			problems.add(new FieldViolation("kind", "invitation.error.partnerKind"));
		}
		problems.addAll(person("contactName", partner.contactName(), "contactEmail", partner.contactEmail()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		var existing = repository.findByOrganisationNumber(number);
		if (existing.isPresent() && existing.get().kind() != partner.kind()) {
			throw new InvalidInputException("organisationNumber", "invitation.error.otherKind");
		}
		Organisation organisation = existing.orElseGet(() -> organisations.register(
				new Organisation(null, partner.name().strip(), partner.kind(), number, null)));
		organisations.recordPartnership(user.organisationId(), organisation.requiredId());
		String email = partner.contactEmail().strip();
		var account = accounts.byEmail(email);
		if (account.isEmpty()) {
			CurrentUser contact = accounts.invite(partner.contactName().strip(), email, organisation.requiredId(),
					CONTACT_ROLE.get(partner.kind()));
			signInLinks.invite(contact.userId(), organisation.name());
		}
		else if (account.get().organisationId() != organisation.requiredId()) {
			throw new RuleViolationException("account.error.emailTaken");
		}
		return new PartnerView(organisation.requiredId(), organisation.name(), organisation.kind(),
				organisation.organisationNumber(), existing.isPresent());
	}

	/** A person's name and e-mail address, as every invitation and the set-up ask them. */
	static List<FieldViolation> person(String nameField, @Nullable String name, String emailField,
			@Nullable String email) {
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem(nameField, name, true, 200).ifPresent(problems::add);
		if (TextChecks.problem(emailField, email, true, 254).map(problems::add).isEmpty()
				&& !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new FieldViolation(emailField, "setup.error.email"));
		}
		return problems;
	}
}
