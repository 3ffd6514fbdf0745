package se.nattvandring.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Links a sign-in at the city's identity provider to an existing account, and never creates one: rights are given
 * here, by an invitation, not by whoever the provider vouches for. The link is the configured claim, by default a
 * verified e-mail address, matched against the account's address; the account must be active.
 */
@Component
class CitySignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN = "no_account";

	private final OidcUserService provider = new OidcUserService();

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final String linkClaim;

	CitySignIn(Accounts accounts, ApplicationEventPublisher events,
			@Value("${nattvandring.sso.link-claim:email}") String linkClaim) {
		this.accounts = accounts;
		this.events = events;
		this.linkClaim = linkClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser provided = provider.loadUser(request);
		String provider = request.getClientRegistration().getRegistrationId();
		UserPrincipal account = linkedAccount(provided).orElseThrow(() -> {
			events.publishEvent(new SecurityEvents.SignInRefused(provider, "SSO_NO_ACCOUNT"));
			return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN));
		});
		List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.fromAuthority(
				FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		return new CityIdentity(account.withoutPassword(), provided, factors);
	}

	Optional<UserPrincipal> linkedAccount(OidcUser provided) {
		Object value = provided.getClaims().get(linkClaim);
		if (!(value instanceof String address) || address.isBlank()) {
			return Optional.empty();
		}
		if ("email".equals(linkClaim) && !Boolean.TRUE.equals(provided.getEmailVerified())) {
			return Optional.empty();
		}
		return accounts.byEmail(address.strip().toLowerCase(Locale.ROOT))
			.flatMap(user -> accounts.principal(user.requiredId()))
			.filter(UserPrincipal::isEnabled);
	}
}
