package se.nattvandring.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// Walkers invited by e-mail have a generated username; they sign in with their address.
		return accounts.principal(username)
			.or(() -> username.contains("@") ? accounts.byEmail(username).flatMap(a -> accounts.principal(a.username()))
					: java.util.Optional.empty())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
