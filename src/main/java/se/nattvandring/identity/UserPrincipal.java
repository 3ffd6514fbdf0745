package se.nattvandring.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it; the password hash stays only as long as login needs it. */
record UserPrincipal(CurrentUser user, String password, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
		return authorities;
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

	UserPrincipal withoutPassword() {
		return new UserPrincipal(user, "", enabled);
	}
}
