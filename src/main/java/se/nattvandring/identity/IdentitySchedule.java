package se.nattvandring.identity;

import se.nattvandring.shared.ScheduledJobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/** Housekeeping of the login counts; tests switch the schedule off and call the job themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class IdentitySchedule {

	private final LoginThrottle throttle;

	private final ScheduledJobs jobs;

	IdentitySchedule(LoginThrottle throttle, ScheduledJobs jobs) {
		this.throttle = throttle;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${nattvandring.login.purge-cron:0 35 3 * * *}", zone = "Europe/Stockholm")
	void forgetOldLoginFailures() {
		jobs.run("forget-login-failures", ScheduledJobs.DAILY, throttle::forgetOldFailures);
	}
}
