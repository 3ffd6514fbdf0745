package se.nattvandring.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;

import se.nattvandring.shared.Hashes;

/**
 * Sign-in links as Spring Security's one-time-token login uses them, with the token kept only as its SHA-256: the
 * mail carries the token, the database its hash, and a link is spent in the statement that finds it. Spring's own
 * JDBC service keeps the token as it is. A random UUID has 122 bits, so a plain hash suffices, and the lookup compares
 * hashes, which tells a guesser nothing about the token.
 */
class HashedSignInLinks implements OneTimeTokenService {

	private final JdbcClient jdbc;

	private final Clock clock;

	HashedSignInLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		String token = UUID.randomUUID().toString();
		Instant expiresAt = clock.instant().plus(request.getExpiresIn());
		jdbc.sql("insert into one_time_tokens (token_value, username, expires_at) values (:hash, :username, :expires)")
			.param("hash", Hashes.sha256Hex(token)).param("username", request.getUsername())
			.param("expires", Timestamp.from(expiresAt)).update();
		return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
	}

	@Override
	public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken presented) {
		String token = presented.getTokenValue();
		if (token == null || token.length() > 64) {
			return null;
		}
		record Spent(String username, Timestamp expiresAt) {
		}
		Spent spent = jdbc.sql("delete from one_time_tokens where token_value = :hash returning username, expires_at")
			.param("hash", Hashes.sha256Hex(token)).query(Spent.class).optional().orElse(null);
		if (spent == null || !spent.expiresAt().toInstant().isAfter(clock.instant())) {
			return null;
		}
		return new DefaultOneTimeToken(token, spent.username(), spent.expiresAt().toInstant());
	}
}
