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

	/**
	 * The demo's staff accounts have two-step verification set up with this key, so that a visitor can add it to any
	 * authenticator app; the challenge page in demo mode also prints the current code.
	 */
	public static final String SECOND_FACTOR_SECRET = "NATTVANDRINGDEMONATTVANDRINGDEMO";

	public DemoMode {
		accounts = List.copyOf(accounts);
	}
}
