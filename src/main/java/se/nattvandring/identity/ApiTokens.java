package se.nattvandring.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.AuditableEvent;
import se.nattvandring.shared.NotFoundException;

/** Issues, checks and revokes personal API tokens. */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	/** A fresh token, in clear text only in this value. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	/** A scoped token that still works: whose it is, and until when. */
	public record LiveScopedToken(long tokenId, long userId, Instant expiresAt) {
	}

	/** What a presented token amounts to: a principal (limited to some requests, if scoped), or a refusal. */
	sealed interface Check {
	}

	record Accepted(UserPrincipal principal, Set<String> allowed, boolean scoped) implements Check {
	}

	/** @param reason {@code unknown}, {@code revoked}, {@code ended} or {@code expired} */
	record Refused(String reason) implements Check {
	}

	record TokenEvent(String entityId, String action, String name) implements AuditableEvent {
		@Override
		public String entityType() {
			return "api-token";
		}

		@Override
		public Map<String, ?> changes() {
			return Map.of("name", name);
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final org.springframework.transaction.support.TransactionTemplate touching;

	ApiTokens(ApiTokenRepository tokens, Accounts accounts, Clock clock, ApplicationEventPublisher events,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.touching = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.touching.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** A personal token lasts a year; whoever still needs it then makes a new one. */
	static final java.time.Duration PERSONAL_LIFETIME = java.time.Duration.ofDays(365);

	@Transactional
	public IssuedToken issue(long userId, String name) {
		return save(userId, name, newSecret("nv_"), PERSONAL_LIFETIME);
	}

	private static String newSecret(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** For demo accounts, whose tokens are published in the README; never called outside demo mode. */
	@Transactional
	public IssuedToken issueWithSecret(long userId, String name, String secret) {
		return save(userId, name, secret, null);
	}

	/** One moment for both times, so that a token's lifetime is exactly what it is given. */
	private IssuedToken save(long userId, String name, String secret, java.time.@Nullable Duration lifetime) {
		Instant now = clock.instant();
		ApiToken saved = tokens.save(new ApiToken(null, userId, name, hash(secret), now, null, null, null,
				lifetime == null ? null : now.plus(lifetime), null));
		events.publishEvent(new TokenEvent(String.valueOf(saved.id()), "created", name));
		return new IssuedToken(saved, secret);
	}

	/**
	 * A token that allows only the listed requests, each {@code "METHOD /path"}, until it expires or is revoked. A
	 * session may end; such a token goes on for the few requests it names, as a walk night's pass does.
	 * @param name what the token is for; scoped tokens of one name are revoked together
	 */
	@Transactional
	public IssuedToken issueScoped(long userId, String name, Collection<String> allowedRequests, Instant expiresAt) {
		if (allowedRequests.isEmpty() || allowedRequests.stream().anyMatch(r -> r.contains("\n"))) {
			throw new IllegalArgumentException("A scoped token lists one or more requests, one per line");
		}
		String secret = newSecret("nvp_");
		ApiToken saved = tokens.save(new ApiToken(null, userId, name, hash(secret), clock.instant(), null, null,
				String.join("\n", allowedRequests), expiresAt, null));
		events.publishEvent(new TokenEvent(String.valueOf(saved.id()), "created", name));
		return new IssuedToken(saved, secret);
	}

	/** The scoped tokens of this name that still work. */
	public List<LiveScopedToken> liveScoped(String name) {
		return tokens.liveScoped(name, clock.instant()).stream()
			.map(t -> new LiveScopedToken(java.util.Objects.requireNonNull(t.id()), t.userId(),
					java.util.Objects.requireNonNull(t.expiresAt())))
			.toList();
	}

	/**
	 * Ends every scoped token of this name, or only the user's.
	 * @param userId the user whose tokens end, or null for everyone's
	 * @param revoked true when someone revoked them; false when their purpose is over (a submitted report)
	 * @return how many ended
	 */
	@Transactional
	public int endScoped(String name, @Nullable Long userId, boolean revoked) {
		int ended = tokens.revokeScoped(name, userId == null ? -1 : userId, clock.instant(),
				(revoked ? ApiToken.Ending.REVOKED : ApiToken.Ending.ENDED).name());
		if (ended > 0) {
			events.publishEvent(new TokenEvent(name, revoked ? "revoked" : "ended", name));
		}
		return ended;
	}

	public List<ApiToken> activeTokens(long userId) {
		return tokens.personalTokens(userId);
	}

	@Transactional
	public void revoke(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId() == userId && t.isActive())
			.orElseThrow(() -> new NotFoundException("api-token", tokenId));
		tokens.save(token.revoked(clock.instant(), ApiToken.Ending.REVOKED));
		events.publishEvent(new TokenEvent(String.valueOf(tokenId), "revoked", token.name()));
	}

	/**
	 * Outside a transaction when called from the filter, so that API reads go on while the database takes no writes,
	 * and no call holds two connections: the last-used time is written in a short transaction of its own. Inside one
	 * (a test's), it reads what that transaction wrote.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	Check authenticate(String secret) {
		Optional<ApiToken> found = tokens.findByTokenHash(hash(secret));
		if (found.isEmpty()) {
			return new Refused("unknown");
		}
		ApiToken token = found.get();
		if (!token.isActive()) {
			events.publishEvent(new SecurityEvents.TokenUsed(token.userId(), false));
			return new Refused(ApiToken.Ending.ENDED.name().equals(token.revokedReason()) ? "ended" : "revoked");
		}
		if (token.expiresAt() != null && !token.expiresAt().isAfter(clock.instant())) {
			events.publishEvent(new SecurityEvents.TokenUsed(token.userId(), false));
			return new Refused("expired");
		}
		Optional<UserPrincipal> principal = accounts.principal(token.userId()).filter(UserPrincipal::isEnabled);
		if (principal.isEmpty()) {
			return new Refused("revoked");
		}
		touch(java.util.Objects.requireNonNull(token.id()));
		events.publishEvent(new SecurityEvents.TokenUsed(token.userId(), true));
		return new Accepted(principal.get(), token.allowed(), token.isScoped());
	}

	/** The last-used time is a convenience: a database that takes no writes just now does not refuse the call. */
	private void touch(long tokenId) {
		try {
			touching.executeWithoutResult(status -> tokens.touch(tokenId));
		}
		catch (RuntimeException unwritten) {
			se.nattvandring.shared.DatabaseUnavailable.Reason reason = se.nattvandring.shared.DatabaseUnavailable
				.reasonFor(unwritten);
			if (reason != se.nattvandring.shared.DatabaseUnavailable.Reason.READ_ONLY
					&& reason != se.nattvandring.shared.DatabaseUnavailable.Reason.FULL) {
				throw unwritten;
			}
		}
	}

	static String hash(String secret) {
		return se.nattvandring.shared.Hashes.sha256Hex(secret);
	}
}
