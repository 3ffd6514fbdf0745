package se.nattvandring.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
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

	private final CompletedEventPublications completedEvents;

	private final Duration keepCompletedEvents;

	SharedSchedule(IdempotentWrites idempotentWrites, JobLock lock,
			@Value("${nattvandring.idempotency.keep:P30D}") Duration keepKeys,
			CompletedEventPublications completedEvents,
			@Value("${nattvandring.events.keep-completed:P30D}") Duration keepCompletedEvents) {
		this.idempotentWrites = idempotentWrites;
		this.lock = lock;
		this.keepKeys = keepKeys;
		this.completedEvents = completedEvents;
		this.keepCompletedEvents = keepCompletedEvents;
	}

	/**
	 * A handled publication is kept a while to show what each reaction did, then deleted: the registry would otherwise
	 * grow by a row per event and listener for good. Incomplete ones are kept until they are done.
	 */
	@Scheduled(cron = "${nattvandring.events.purge-cron:0 55 3 * * *}", zone = "Europe/Stockholm")
	void forgetHandledEventPublications() {
		lock.runExclusively("forget-handled-event-publications", Duration.ofMinutes(10),
				() -> completedEvents.deletePublicationsOlderThan(keepCompletedEvents));
	}

	@Scheduled(cron = "${nattvandring.idempotency.purge-cron:0 45 3 * * *}", zone = "Europe/Stockholm")
	void forgetOldIdempotencyKeys() {
		lock.runExclusively("forget-idempotency-keys", Duration.ofMinutes(10),
				() -> idempotentWrites.forgetOlderThan(keepKeys));
	}
}
