package se.nattvandring.identity;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creating them, reading who they are, and the language they chose. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final UserAccountRepository users;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	Accounts(UserAccountRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
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

	Optional<UserPrincipal> principal(String username) {
		return users.findByUsername(username)
			.map(account -> new UserPrincipal(toCurrentUser(account), account.passwordHash(), account.enabled()));
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
