package se.nattvandring.notification;

import se.nattvandring.shared.ScheduledJobs;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When reminders go out; tests switch the schedule off and run the job themselves. Overdue walks are not polled here:
 * the walk module marks them and {@link WalkEventMail} reacts to its event.
 */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class NotificationSchedule {

	private final Reminders reminders;

	private final ScheduledJobs jobs;

	private final Duration round;

	NotificationSchedule(Reminders reminders, ScheduledJobs jobs,
			@Value("${nattvandring.reminders.every:PT15M}") Duration every) {
		this.reminders = reminders;
		this.jobs = jobs;
		this.round = ScheduledJobs.roundOf(every);
	}

	@Scheduled(fixedDelayString = "${nattvandring.reminders.every:PT15M}", initialDelayString = "PT1M")
	void remind() {
		jobs.run("reminders", round, reminders::run);
	}
}
