package se.nattvandring.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;

/**
 * Sign-in by link for enabled accounts only. Spring Security's own provider consumes the link and loads the user, but
 * does not ask whether the account is still enabled; a link mailed before a deactivation must not open a session.
 */
class EnabledAccountLinkProvider implements AuthenticationProvider {

	private final OneTimeTokenAuthenticationProvider links;

	EnabledAccountLinkProvider(OneTimeTokenService tokens, AccountUserDetailsService users) {
		this.links = new OneTimeTokenAuthenticationProvider(tokens, users);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Authentication result = links.authenticate(authentication);
		if (!(result.getPrincipal() instanceof UserPrincipal principal) || !principal.isEnabled()) {
			throw new DisabledException("The account is disabled");
		}
		// The session keeps who signed in, never the password hash the lookup carried.
		OneTimeTokenAuthentication signedIn = new OneTimeTokenAuthentication(principal.withoutPassword(),
				result.getAuthorities());
		signedIn.setDetails(result.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
