package se.nattvandring.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password login that refuses a username while {@link LoginThrottle} holds it, before the password is even checked. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final class LoginThrottledException extends LockedException {
		LoginThrottledException() {
			super("Too many failed logins");
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
		if (throttle.isBlocked(authentication.getName())) {
			throw new LoginThrottledException();
		}
		Authentication result = passwords.authenticate(authentication);
		// Keep the hash out of the session once it has done its job.
		UserPrincipal principal = ((UserPrincipal) result.getPrincipal()).withoutPassword();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
