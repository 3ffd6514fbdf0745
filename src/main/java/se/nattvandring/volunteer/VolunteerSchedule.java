package se.nattvandring.volunteer;

import se.nattvandring.shared.ScheduledJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the volunteer module's jobs run; tests switch the schedule off and call the jobs themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class VolunteerSchedule {

	private final WalkerAnonymisation anonymisation;

	private final ScheduledJobs jobs;

	VolunteerSchedule(WalkerAnonymisation anonymisation, ScheduledJobs jobs) {
		this.anonymisation = anonymisation;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${nattvandring.walkers.anonymise-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
	void anonymiseLongInactive() {
		jobs.run("anonymise-walkers", ScheduledJobs.DAILY, anonymisation::run);
	}
}
