package se.nattvandring.identity;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it; the password hash stays only as long as login needs it. */
record UserPrincipal(CurrentUser user, String password, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The signed-in person behind any of the ways in: password, link, passkey or the city's identity provider. */
	static @Nullable CurrentUser userOf(@Nullable Object principal) {
		if (principal instanceof UserPrincipal signedIn) {
			return signedIn.user();
		}
		return principal instanceof CityIdentity city ? city.account().user() : null;
	}

	UserPrincipal withoutPassword() {
		return new UserPrincipal(user, "", enabled);
	}
}
