package se.nattvandring.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Browser tests that cut the network: the browser reaches the app through a {@link SwitchableProxy}, because DevTools'
 * offline switch does not reach the page's service worker.
 */
abstract class ProxiedBrowserTestSupport extends BrowserTestSupport {

	SwitchableProxy network;

	@BeforeEach
	void openTheNetwork() {
		network = new SwitchableProxy(port);
	}

	@AfterEach
	void closeTheNetwork() {
		network.close();
	}

	@Override
	int browserPort() {
		return network.port();
	}
}
