package se.nattvandring.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token. Only its SHA-256 hash is kept; the token itself is shown once, when it is made. */
@Table("api_token")
public record ApiToken(@Id @Nullable Long id, long userId, String name, String tokenHash, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	boolean isActive() {
		return revokedAt == null;
	}

	ApiToken revoked(Instant at) {
		return new ApiToken(id, userId, name, tokenHash, createdAt, lastUsedAt, at);
	}
}
