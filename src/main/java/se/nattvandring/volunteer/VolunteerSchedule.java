package se.nattvandring.volunteer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the volunteer module's jobs run; tests switch the schedule off and call the jobs themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class VolunteerSchedule {

	private final WalkerAnonymisation anonymisation;

	VolunteerSchedule(WalkerAnonymisation anonymisation) {
		this.anonymisation = anonymisation;
	}

	@Scheduled(cron = "${nattvandring.walkers.anonymise-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
	void anonymiseLongInactive() {
		anonymisation.run();
	}
}
