package se.nattvandring.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.RuleViolationException;

/** User accounts: creating them, reading who they are, and the language they chose. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final UserAccountRepository users;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AccessEnding accessEnding;

	Accounts(UserAccountRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, AccessEnding accessEnding) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.accessEnding = accessEnding;
	}

	@Transactional
	public CurrentUser create(String username, String displayName, String rawPassword, Organisation organisation,
			Set<Role> roles) {
		UserAccount saved = users.save(UserAccount.create(username, displayName, passwordEncoder.encode(rawPassword),
				organisation.requiredId(), roles));
		events.publishEvent(new IdentityEvents.AccountCreated(saved.requiredId(), username, organisation.requiredId(),
				roles));
		return toCurrentUser(saved);
	}

	/** A person reachable by e-mail, such as an association's contact to alert. */
	public record Reachable(long userId, String displayName, String email, @Nullable String preferredLanguage) {
	}

	/**
	 * An account for someone invited by e-mail, such as a walker. Its username says nothing about the person, so the
	 * audit trail never holds an address; its password is unusable until the person signs in by link and sets one.
	 */
	@Transactional
	public CurrentUser invite(String displayName, String email, long organisationId, Role role) {
		if (users.findByEmail(email).isPresent()) {
			throw new RuleViolationException("account.error.emailTaken");
		}
		String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		UserAccount account = UserAccount.create(username, displayName,
				passwordEncoder.encode(UUID.randomUUID() + "" + UUID.randomUUID()), organisationId, Set.of(role));
		UserAccount saved = users.save(account.withContact(displayName, email));
		events.publishEvent(new IdentityEvents.AccountCreated(saved.requiredId(), username, organisationId,
				Set.of(role)));
		return toCurrentUser(saved);
	}

	/** Keeps a linked account's name and address in step with the record it belongs to. */
	@Transactional
	public void updateContact(long userId, String displayName, @Nullable String email) {
		users.findById(userId).ifPresent(user -> users.save(user.withContact(displayName, email)));
	}

	/**
	 * Ends a person's access, as when a walker is deactivated: their sessions, sign-in links and API tokens end with it.
	 * The account row stays for the audit trail.
	 */
	@Transactional
	public void disable(long userId, boolean eraseContact) {
		users.findById(userId).filter(user -> user.enabled() || eraseContact).ifPresent(user -> {
			UserAccount disabled = user.disabled();
			users.save(eraseContact ? disabled.withContact("–", null) : disabled);
			AccessEnding.Ended ended = accessEnding.endAllOf(user);
			if (user.enabled()) {
				events.publishEvent(new IdentityEvents.AccountDisabled(userId, ended.sessions(), ended.signInLinks(),
						ended.apiTokens()));
			}
		});
	}

	@Transactional
	public void enable(long userId) {
		users.findById(userId).filter(user -> !user.enabled()).ifPresent(user -> {
			users.save(new UserAccount(user.id(), user.username(), user.displayName(), user.passwordHash(),
					user.organisationId(), user.preferredLanguage(), true, user.email(), user.roles()));
			events.publishEvent(new IdentityEvents.AccountEnabled(userId));
		});
	}

	@Transactional
	public void changePassword(long userId, String rawPassword) {
		users.findById(userId).ifPresent(user -> {
			users.save(user.withPasswordHash(passwordEncoder.encode(rawPassword)));
			events.publishEvent(new IdentityEvents.PasswordChanged(userId));
		});
	}

	/** The enabled people of an organisation in a role who can be reached by e-mail. */
	public List<Reachable> reachable(long organisationId, Role role) {
		return users.findReachable(organisationId, role.name()).stream()
			.map(u -> new Reachable(u.requiredId(), u.displayName(), Objects.requireNonNull(u.email()),
					u.preferredLanguage()))
			.toList();
	}

	/** Whom the installation's own notices name when nothing is configured: its first administrator's address. */
	public Optional<String> installationContact() {
		return users.findInstallationContact().map(UserAccount::email);
	}

	/** Nobody's address holds a control character, and PostgreSQL's text cannot even be asked for a NUL. */
	Optional<UserAccount> byEmail(String email) {
		if (se.nattvandring.shared.TextChecks.hasForbiddenCharacters(email, false)) {
			return Optional.empty();
		}
		return users.findByEmail(email.strip());
	}

	Optional<UserAccount> byUsername(String username) {
		return users.findByUsername(username);
	}

	Optional<UserAccount> byId(long userId) {
		return users.findById(userId);
	}

	public Optional<String> preferredLanguage(long userId) {
		return users.findById(userId).map(UserAccount::preferredLanguage);
	}

	@Transactional
	public void choosePreferredLanguage(long userId, String language) {
		users.findById(userId)
			.filter(user -> !language.equals(user.preferredLanguage()))
			.ifPresent(user -> {
				users.save(user.withPreferredLanguage(language));
				events.publishEvent(new IdentityEvents.LanguageChosen(userId, language));
			});
	}

	/**
	 * The account a login form's name belongs to: a username, or for walkers invited by e-mail (whose username is
	 * generated) their address.
	 */
	/** The name a document prints for the person who signed a step with their username. */
	public Optional<String> displayName(String username) {
		return users.findByUsername(username).map(UserAccount::displayName);
	}

	Optional<UserAccount> byLoginName(String typed) {
		if (se.nattvandring.shared.TextChecks.hasForbiddenCharacters(typed, false)) {
			return Optional.empty();
		}
		return users.findByUsername(typed).or(() -> typed.contains("@") ? byEmail(typed) : Optional.empty());
	}

	Optional<UserPrincipal> principalByLoginName(String typed) {
		return byLoginName(typed).map(this::principalOf);
	}

	private UserPrincipal principalOf(UserAccount account) {
		return new UserPrincipal(toCurrentUser(account), account.passwordHash(), account.enabled());
	}

	Optional<UserPrincipal> principal(long userId) {
		return users.findById(userId)
			.map(account -> new UserPrincipal(toCurrentUser(account), "", account.enabled()));
	}

	private CurrentUser toCurrentUser(UserAccount account) {
		Organisation organisation = organisations.findById(account.organisationId()).orElseThrow();
		return new CurrentUser(account.requiredId(), account.username(), account.displayName(),
				account.organisationId(), organisation.kind(), account.roleSet());
	}
}
