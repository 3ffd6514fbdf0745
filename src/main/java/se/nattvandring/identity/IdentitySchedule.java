package se.nattvandring.identity;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.JobLock;

/** Housekeeping of the login counts; tests switch the schedule off and call the job themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class IdentitySchedule {

	private final LoginThrottle throttle;

	private final JobLock lock;

	IdentitySchedule(LoginThrottle throttle, JobLock lock) {
		this.throttle = throttle;
		this.lock = lock;
	}

	@Scheduled(cron = "${nattvandring.login.purge-cron:0 35 3 * * *}", zone = "Europe/Stockholm")
	void forgetOldLoginFailures() {
		lock.runExclusively("forget-login-failures", Duration.ofMinutes(10), throttle::forgetOldFailures);
	}
}
