package se.nattvandring.shared;

import java.util.List;

/** Implemented by the demo module, so that the login page can list demo accounts without depending on it. */
public interface DemoAccountSource {

	List<DemoMode.DemoAccount> demoAccounts();
}
