package se.nattvandring.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One injected clock, so that tests can pin “now” instead of waiting for it. It is the system clock, which the demo's
 * start alone sets back on its own thread to replay a past season (see {@link ReplayClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReplayClock clock() {
		return new ReplayClock(Clock.system(StockholmTime.ZONE));
	}
}
