package se.nattvandring.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it, and in demo mode how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final DemoMode demoMode;

	StartupBanner(Environment environment, DemoMode demoMode) {
		this.environment = environment;
		this.demoMode = demoMode;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder("\n\n  Nattvandring is running: open http://localhost:" + port + "/\n");
		if (demoMode.enabled()) {
			String address = environment.getProperty("server.address", "");
			text.append(DemoListensOnLoopback.onLoopbackOnly(address)
					? "  Demo mode listens on " + address + " only: set server.address to reach it from elsewhere\n"
					: "  WARNING: demo mode with its known passwords listens on " + address
							+ ": anyone who reaches it can sign in\n");
			text.append("  Demo mode: sign in with one of these accounts, password 'nattvandring'\n");
			demoMode.accounts().forEach(a -> text.append(String.format("    %-11s %s, %s%n", a.username(),
					a.roleKey().substring("role.".length()), a.organisation())));
			text.append("  API: curl -H 'Authorization: Bearer demo-token-distrikt' http://localhost:")
				.append(port).append("/api/v1/agreements\n");
		}
		log.info(text.toString());
	}
}
