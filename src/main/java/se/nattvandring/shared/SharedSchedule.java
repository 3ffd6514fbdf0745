package se.nattvandring.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Housekeeping of the shared tables; tests switch the schedule off and call the jobs themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class SharedSchedule {

	private final IdempotentWrites idempotentWrites;

	private final JobLock lock;

	private final Duration keepKeys;

	SharedSchedule(IdempotentWrites idempotentWrites, JobLock lock,
			@Value("${nattvandring.idempotency.keep:P30D}") Duration keepKeys) {
		this.idempotentWrites = idempotentWrites;
		this.lock = lock;
		this.keepKeys = keepKeys;
	}

	@Scheduled(cron = "${nattvandring.idempotency.purge-cron:0 45 3 * * *}", zone = "Europe/Stockholm")
	void forgetOldIdempotencyKeys() {
		lock.runExclusively("forget-idempotency-keys", Duration.ofMinutes(10),
				() -> idempotentWrites.forgetOlderThan(keepKeys));
	}
}
