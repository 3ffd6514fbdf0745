package se.nattvandring.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token, or a scoped one (such as a walk night's pass) that allows only the requests it lists, until it
 * expires. Only the SHA-256 hash is kept; the token itself is shown once, when it is made.
 */
@Table("api_token")
public record ApiToken(@Id @Nullable Long id, long userId, String name, String tokenHash, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String allowedRequests,
		@Nullable Instant expiresAt, @Nullable String revokedReason) {

	/** Why a token no longer works: the caller is told which. */
	enum Ending {
		REVOKED, ENDED
	}

	boolean isActive() {
		return revokedAt == null;
	}

	boolean isScoped() {
		return allowedRequests != null;
	}

	/** Each allowed request as {@code "METHOD /path"}; empty for a personal token, which is not limited this way. */
	Set<String> allowed() {
		return allowedRequests == null ? Set.of()
				: Arrays.stream(allowedRequests.split("\n")).collect(Collectors.toUnmodifiableSet());
	}

	ApiToken revoked(Instant at, Ending why) {
		return new ApiToken(id, userId, name, tokenHash, createdAt, lastUsedAt, at, allowedRequests, expiresAt,
				why.name());
	}
}
