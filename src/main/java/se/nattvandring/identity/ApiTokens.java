package se.nattvandring.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	ApiTokens(ApiTokenRepository tokens, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public IssuedToken issue(long userId, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return issueWithSecret(userId, name, "nv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** For demo accounts, whose tokens are published in the README; never called outside demo mode. */
	@Transactional
	public IssuedToken issueWithSecret(long userId, String name, String secret) {
		ApiToken saved = tokens.save(new ApiToken(null, userId, name, hash(secret), clock.instant(), null, null));
		events.publishEvent(new TokenEvent(String.valueOf(saved.id()), "created", name));
		return new IssuedToken(saved, secret);
	}

	public List<ApiToken> activeTokens(long userId) {
		return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId);
	}

	@Transactional
	public void revoke(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId() == userId && t.isActive())
			.orElseThrow(() -> new NotFoundException("api-token", tokenId));
		tokens.save(token.revoked(clock.instant()));
		events.publishEvent(new TokenEvent(String.valueOf(tokenId), "revoked", token.name()));
	}

	@Transactional
	Optional<UserPrincipal> authenticate(String secret) {
		return tokens.findByTokenHashAndRevokedAtIsNull(hash(secret)).flatMap(token -> {
			tokens.touch(token.id());
			return accounts.principal(token.userId());
		}).filter(UserPrincipal::isEnabled);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
