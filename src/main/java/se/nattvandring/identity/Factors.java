package se.nattvandring.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors a session has passed, as Spring Security's {@link FactorGrantedAuthority} records them. A time-based code
 * is this product's own factor; a sign-in link, a passkey and the city's identity provider are Spring Security's.
 */
final class Factors {

	/** A code from the person's authenticator app, or one of their recovery codes. */
	static final String TOTP = "FACTOR_TOTP";

	/** How recent a factor other than the password must be to stand in for the current password. */
	static final Duration FRESH = Duration.ofMinutes(10);

	private static final Set<String> POSSESSION = Set.of(TOTP, FactorGrantedAuthority.OTT_AUTHORITY,
			FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

	private Factors() {
	}

	static boolean passed(@Nullable Authentication authentication, String factor) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> factor.equals(authority.getAuthority()));
	}

	/** Whether the session proved, within {@link #FRESH}, that it holds something of the person's besides a password. */
	static boolean freshPossession(@Nullable Authentication authentication, Instant now) {
		return authentication != null && authentication.getAuthorities().stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map(FactorGrantedAuthority.class::cast)
			.anyMatch(factor -> POSSESSION.contains(factor.getAuthority())
					&& factor.getIssuedAt().isAfter(now.minus(FRESH)));
	}
}
