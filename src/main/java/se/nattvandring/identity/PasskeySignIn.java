package se.nattvandring.identity;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * A sign-in by passkey, holding the account as every other way in does. Spring Security's provider verifies the
 * passkey and adds the WebAuthn factor; this one also refuses an account whose access has ended, which that provider
 * does not ask, and keeps the person rather than the passkey's user handle as the principal.
 */
final class PasskeySignIn extends UsernamePasswordAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private PasskeySignIn(UserPrincipal principal, Collection<? extends GrantedAuthority> authorities) {
		super(principal, null, authorities);
	}

	static AuthenticationProvider provider(WebAuthnRelyingPartyOperations relyingParty, AccountUserDetailsService users) {
		WebAuthnAuthenticationProvider passkeys = new WebAuthnAuthenticationProvider(relyingParty, users);
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication request) {
				Authentication verified = passkeys.authenticate(request);
				// The verified principal is the passkey's user entity, whose name is the account's username.
				String username = ((PublicKeyCredentialUserEntity) verified.getPrincipal()).getName();
				UserPrincipal principal = (UserPrincipal) users.loadUserByUsername(username);
				if (!principal.isEnabled()) {
					throw new DisabledException("The account is disabled");
				}
				PasskeySignIn signedIn = new PasskeySignIn(principal.withoutPassword(), verified.getAuthorities());
				signedIn.setDetails(request.getDetails());
				return signedIn;
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
			}
		};
	}
}
