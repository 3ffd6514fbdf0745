package se.nattvandring.walk;

import se.nattvandring.shared.ScheduledJobs;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the walk module looks for overdue walks; tests switch the schedule off and run the watch themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class WalkSchedule {

	private final OverdueWatch overdue;

	private final ScheduledJobs jobs;

	private final Duration round;

	WalkSchedule(OverdueWatch overdue, ScheduledJobs jobs,
			@Value("${nattvandring.walks.overdue-check-every:PT5M}") Duration every) {
		this.overdue = overdue;
		this.jobs = jobs;
		this.round = ScheduledJobs.roundOf(every);
	}

	@Scheduled(fixedDelayString = "${nattvandring.walks.overdue-check-every:PT5M}", initialDelayString = "PT1M")
	void watchOverdue() {
		jobs.run("overdue-watch", round, overdue::run);
	}
}
