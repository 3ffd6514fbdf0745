package se.nattvandring.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;

/**
 * The people of one organisation, managed by whoever is responsible for them: a district's administrator for the
 * district's staff, an association's or the foundation's contact for its own contacts. Nobody manages people of
 * another organisation, and nobody ends their own access or takes away the last administrator, so an organisation is
 * never left without someone who can manage it. Walkers are the association's registry, managed there.
 */
@Service
public class People {

	/** One person as their manager sees them: no password, no token, only what the task needs. */
	public record Person(long userId, String displayName, @Nullable String email, Set<Role> roles, boolean enabled) {
	}

	/** The roles a person of this kind of organisation may be given by its own manager. */
	static Set<Role> assignable(OrganisationKind kind) {
		return switch (kind) {
			case DISTRICT_ADMINISTRATION -> Invitations.STAFF_ROLES;
			case ASSOCIATION -> EnumSet.of(Role.ASSOCIATION_CONTACT);
			case FOUNDATION -> EnumSet.of(Role.FOUNDATION);
		};
	}

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final SignInLinks signInLinks;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final SecondFactors secondFactors;

	People(JdbcClient jdbc, UserAccountRepository users, Accounts accounts, SignInLinks signInLinks,
			Organisations organisations, ApplicationEventPublisher events, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.jdbc = jdbc;
		this.signInLinks = signInLinks;
		this.organisations = organisations;
		this.users = users;
		this.accounts = accounts;
		this.events = events;
	}

	/** Whether this user manages the people of their own organisation. */
	public static boolean managesOwnPeople(CurrentUser user) {
		return switch (user.organisationKind()) {
			case DISTRICT_ADMINISTRATION -> user.isAdmin();
			case ASSOCIATION -> user.has(Role.ASSOCIATION_CONTACT);
			case FOUNDATION -> user.has(Role.FOUNDATION);
		};
	}

	/** The managed people of the manager's own organisation, enabled first; one statement for accounts and roles. */
	public List<Person> ofOwnOrganisation(CurrentUser manager) {
		requireManager(manager);
		Set<Role> managed = assignable(manager.organisationKind());
		return jdbc.sql("""
				select u.id, u.display_name, u.email, u.enabled, array_agg(r.role order by r.role) as roles
				from user_account u join user_role r on r.user_id = u.id
				where u.organisation_id = :org
				group by u.id
				having bool_or(r.role in (:managed))
				order by u.enabled desc, u.display_name, u.id
				""").param("org", manager.organisationId()).param("managed", managed.stream().map(Role::name).toList())
			.query((rs, i) -> new Person(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					roles((String[]) rs.getArray("roles").getArray()), rs.getBoolean("enabled")))
			.list();
	}

	/** A contact invites another contact of the same association or the foundation. */
	@Transactional
	public CurrentUser inviteContact(Invitations.StaffInvitation invitation, CurrentUser contact) {
		requireManager(contact);
		if (contact.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION) {
			throw new AccessDeniedException("The district invites its staff on the staff page");
		}
		var problems = Invitations.person("name", invitation.name(), "email", invitation.email());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Role role = assignable(contact.organisationKind()).iterator().next();
		CurrentUser invited = accounts.invite(invitation.name().strip(), invitation.email().strip(),
				contact.organisationId(), role);
		signInLinks.invite(invited.userId(), organisations.byId(contact.organisationId()).orElseThrow().name());
		return invited;
	}

	/**
	 * Gives a person of the manager's organisation exactly these roles. Roles the manager does not manage (a
	 * walker's, the installation's) are kept as they are.
	 */
	@Transactional
	public void changeRoles(long userId, Set<Role> wanted, CurrentUser manager) {
		UserAccount account = managed(userId, manager);
		Set<Role> assignable = assignable(manager.organisationKind());
		if (wanted.isEmpty() || !assignable.containsAll(wanted)) {
			throw new InvalidInputException("roles", "people.error.roles");
		}
		Set<Role> before = account.roleSet();
		Set<Role> after = EnumSet.copyOf(wanted);
		before.stream().filter(role -> !assignable.contains(role)).forEach(after::add);
		if (before.equals(after)) {
			return;
		}
		if (userId == manager.userId() && !after.containsAll(managerRoles(manager))) {
			throw new RuleViolationException("people.error.ownRoles");
		}
		if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
			requireAnotherAdmin(account);
		}
		users.save(new UserAccount(account.id(), account.username(), account.displayName(), account.passwordHash(),
				account.organisationId(), account.preferredLanguage(), account.enabled(), account.email(),
				after.stream().map(UserAccount.RoleGrant::new).collect(java.util.stream.Collectors.toSet())));
		events.publishEvent(new IdentityEvents.RolesChanged(userId, before, after));
	}

	/** Ends a person's access: sessions, links and tokens end with it; the account stays for the audit trail. */
	@Transactional
	public void endAccess(long userId, CurrentUser manager) {
		UserAccount account = managed(userId, manager);
		if (userId == manager.userId()) {
			throw new RuleViolationException("people.error.ownAccess");
		}
		if (account.roleSet().contains(Role.ADMIN)) {
			requireAnotherAdmin(account);
		}
		accounts.disable(userId, false);
	}

	/** Ends every session of one of the manager's people, who may sign in again at once; access itself stays. */
	@Transactional
	public int endSessions(CurrentUser manager, long userId) {
		UserAccount account = managed(userId, manager);
		return jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", account.username()).update();
	}

	/** Someone who lost their phone and their recovery codes sets the factor up again; the reset is audited. */
	@Transactional
	public void resetSecondFactor(CurrentUser manager, long userId) {
		managed(userId, manager);
		if (userId == manager.userId()) {
			throw new RuleViolationException("secondFactor.error.ownReset");
		}
		secondFactors.reset(userId, manager.userId());
	}

	private UserAccount managed(long userId, CurrentUser manager) {
		requireManager(manager);
		UserAccount account = users.findById(userId).filter(u -> u.organisationId() == manager.organisationId())
			.filter(u -> u.roleSet().stream().anyMatch(assignable(manager.organisationKind())::contains))
			.orElseThrow(() -> new NotFoundException("person", userId));
		return account;
	}

	private void requireAnotherAdmin(UserAccount account) {
		long others = jdbc.sql("""
				select count(*) from user_account u join user_role r on r.user_id = u.id
				where u.organisation_id = :org and r.role = 'ADMIN' and u.enabled and u.id <> :id
				""").param("org", account.organisationId()).param("id", account.requiredId()).query(Long.class).single();
		if (others == 0) {
			throw new RuleViolationException("people.error.lastAdmin");
		}
	}

	private static Set<Role> managerRoles(CurrentUser manager) {
		return manager.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION ? EnumSet.of(Role.ADMIN)
				: assignable(manager.organisationKind());
	}

	private static void requireManager(CurrentUser user) {
		if (!managesOwnPeople(user)) {
			throw new AccessDeniedException("People are managed by their own organisation's administrator or contact");
		}
	}

	private static Set<Role> roles(String[] names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			roles.add(Role.valueOf(name));
		}
		return roles;
	}
}
