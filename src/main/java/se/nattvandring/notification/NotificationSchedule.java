package se.nattvandring.notification;

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

	NotificationSchedule(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${nattvandring.reminders.every:PT15M}", initialDelayString = "PT1M")
	void remind() {
		reminders.run();
	}
}
