package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;

/**
 * A person changes their own password. Someone who borrowed an open session must not be able to take the account, so
 * the current password is asked for, unless the session has just proved it holds the person's phone or mailbox (a
 * sign-in link, a passkey or a code): a walker invited by link has no password to give. The change ends the account's
 * other sessions and its unused sign-in links.
 */
@Service
class OwnPasswords {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final AccessEnding accessEnding;

	private final ApplicationEventPublisher events;

	OwnPasswords(UserAccountRepository users, PasswordEncoder encoder, AccessEnding accessEnding,
			ApplicationEventPublisher events) {
		this.users = users;
		this.encoder = encoder;
		this.accessEnding = accessEnding;
		this.events = events;
	}

	@Transactional
	void change(CurrentUser user, @Nullable String current, boolean freshPossession, @Nullable String password,
			@Nullable String repeated, String keepSessionId) {
		UserAccount account = users.findById(user.userId()).orElseThrow();
		List<FieldViolation> problems = new ArrayList<>();
		boolean currentMatches = current != null && !current.isEmpty() && encoder.matches(current, account.passwordHash());
		if (!currentMatches && !freshPossession) {
			problems.add(new FieldViolation("current", "password.error.current"));
		}
		PasswordPolicy.problem(password, java.util.Arrays.asList(account.username(), account.displayName(),
				account.email())).ifPresentOrElse(
				key -> problems.add(new FieldViolation("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)),
				() -> {
					if (!password.equals(repeated)) {
						problems.add(new FieldViolation("repeated", "password.error.mismatch"));
					}
				});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		users.save(account.withPasswordHash(encoder.encode(password)));
		accessEnding.endOthersOf(account, keepSessionId);
		events.publishEvent(new IdentityEvents.PasswordChanged(user.userId()));
	}
}
