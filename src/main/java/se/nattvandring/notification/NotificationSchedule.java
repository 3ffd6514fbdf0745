package se.nattvandring.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When reminders go out; tests switch the schedule off and run the job themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class NotificationSchedule {

	private final Reminders reminders;

	private final OverdueAlerts overdue;

	NotificationSchedule(Reminders reminders, OverdueAlerts overdue) {
		this.reminders = reminders;
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${nattvandring.walks.overdue-check-every:PT5M}", initialDelayString = "PT1M")
	void alertOverdue() {
		overdue.run();
	}

	@Scheduled(fixedDelayString = "${nattvandring.reminders.every:PT15M}", initialDelayString = "PT1M")
	void remind() {
		reminders.run();
	}
}
