package se.nattvandring.shared;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The demo's passwords are printed on its login page, so a demo must not be reachable from the network by accident: in
 * demo mode the server listens on the loopback address unless {@code server.address} says otherwise. The rule for when
 * demo mode is on is {@link DemoModeConfiguration}'s; this reads the same two properties before the context exists.
 */
class DemoListensOnLoopback implements EnvironmentPostProcessor {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoModeConfiguration.demoEnabled(environment) && !environment.containsProperty("server.address")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("demoListensOnLoopback", Map.of("server.address", LOOPBACK)));
		}
	}

	static boolean onLoopbackOnly(String address) {
		return !StringUtils.hasText(address) ? false : address.equals(LOOPBACK) || address.equals("::1")
				|| address.equals("localhost");
	}
}
