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

	private final WalkerImports imports;

	VolunteerSchedule(WalkerAnonymisation anonymisation, ScheduledJobs jobs, WalkerImports imports) {
		this.anonymisation = anonymisation;
		this.jobs = jobs;
		this.imports = imports;
	}

	/** A member list previewed and never confirmed holds people's details; a day is enough to decide. */
	@Scheduled(cron = "${nattvandring.walkers.forget-imports-cron:0 40 3 * * *}", zone = "Europe/Stockholm")
	void forgetUnconfirmedImports() {
		jobs.run("forget-walker-imports", ScheduledJobs.DAILY,
				() -> imports.forgetUnconfirmedOlderThan(java.time.Duration.ofDays(1)));
	}

	@Scheduled(cron = "${nattvandring.walkers.anonymise-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
	void anonymiseLongInactive() {
		jobs.run("anonymise-walkers", ScheduledJobs.DAILY, anonymisation::run);
	}
}
