package se.nattvandring.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the city's identity provider, linked to their account here. The rights are the account's
 * roles, never anything the provider claims; the provider's token is kept only for the session's own use.
 */
record CityIdentity(UserPrincipal account, OidcUser provided, List<GrantedAuthority> factors)
		implements OidcUser, Serializable {

	CityIdentity {
		factors = List.copyOf(factors);
	}

	@Override
	public Map<String, Object> getClaims() {
		return provided.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return provided.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return provided.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return provided.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> all = new ArrayList<>(account.getAuthorities());
		all.addAll(factors);
		return all;
	}

	@Override
	public String getName() {
		return account.getUsername();
	}
}
