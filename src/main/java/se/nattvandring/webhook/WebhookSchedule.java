package se.nattvandring.webhook;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.ScheduledJobs;

/** Sends the deliveries that are due, on one instance per round; tests switch the schedule off and call it. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class WebhookSchedule {

	private final WebhookDeliveries deliveries;

	private final ScheduledJobs jobs;

	private final Clock clock;

	private final Duration every;

	WebhookSchedule(WebhookDeliveries deliveries, ScheduledJobs jobs, Clock clock,
			@Value("${nattvandring.webhooks.send-every:PT5S}") Duration every) {
		this.deliveries = deliveries;
		this.jobs = jobs;
		this.clock = clock;
		this.every = every;
	}

	@Scheduled(fixedDelayString = "${nattvandring.webhooks.send-every:PT5S}", initialDelayString = "PT20S")
	void sendDue() {
		jobs.run("send-webhooks", ScheduledJobs.roundOf(every), () -> deliveries.deliverDue(clock.instant()));
	}
}
