package se.nattvandring.walk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the walk module looks for overdue walks; tests switch the schedule off and run the watch themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class WalkSchedule {

	private final OverdueWatch overdue;

	WalkSchedule(OverdueWatch overdue) {
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${nattvandring.walks.overdue-check-every:PT5M}", initialDelayString = "PT1M")
	void watchOverdue() {
		overdue.run();
	}
}
