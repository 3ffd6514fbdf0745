package se.nattvandring.shared;

import java.util.List;

/**
 * Whether this instance runs the demo world. On by default with the embedded database and off with an external one;
 * {@code nattvandring.demo} overrides. Only demo mode creates demo data and demo accounts.
 */
public record DemoMode(boolean enabled, List<DemoAccount> accounts) {

	/** A demo login, shown on the login page so that a visitor can try every role. */
	public record DemoAccount(String username, String roleKey, String organisation) {
	}

	public DemoMode {
		accounts = List.copyOf(accounts);
	}
}
