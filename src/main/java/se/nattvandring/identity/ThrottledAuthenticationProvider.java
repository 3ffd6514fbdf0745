package se.nattvandring.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login that refuses a try while {@link LoginThrottle} pauses its account or address, before the password is
 * even checked. The throttle counts from the authentication events, which Spring Security publishes once per login
 * even when the global manager asks this provider a second time.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final class LoginThrottledException extends LockedException {

		private final long seconds;

		LoginThrottledException(Duration pause) {
			super("Login paused");
			this.seconds = Math.max(1, pause.toSeconds() + (pause.toNanosPart() > 0 ? 1 : 0));
		}

		/** How long to wait, rounded up to whole seconds. */
		long seconds() {
			return seconds;
		}
	}

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String typedName = authentication.getName();
		String address = addressOf(authentication);
		Duration pause = throttle.pauseFor(typedName, address);
		if (!pause.isZero()) {
			throw new LoginThrottledException(pause);
		}
		Authentication result = passwords.authenticate(authentication);
		// Keep the hash out of the session once it has done its job.
		UserPrincipal principal = ((UserPrincipal) result.getPrincipal()).withoutPassword();
		// The roles and the factor (FACTOR_PASSWORD, with when it was passed) as the password check granted them.
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				result.getAuthorities());
		signedIn.setDetails(authentication.getDetails());
		return signedIn;
	}

	static @Nullable String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
