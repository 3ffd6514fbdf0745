package se.nattvandring.shared;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

	@Bean
	DemoMode demoMode(Environment environment, ObjectProvider<DemoAccountSource> sources) {
		boolean enabled = demoEnabled(environment);
		List<DemoMode.DemoAccount> accounts = enabled
				? sources.orderedStream().flatMap(s -> s.demoAccounts().stream()).toList() : List.of();
		return new DemoMode(enabled, accounts);
	}

	/** On with the embedded database, off with an external one, unless {@code nattvandring.demo} says otherwise. */
	static boolean demoEnabled(Environment environment) {
		boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return environment.getProperty("nattvandring.demo", Boolean.class, !external);
	}
}
