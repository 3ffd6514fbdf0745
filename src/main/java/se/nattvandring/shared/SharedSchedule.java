package se.nattvandring.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Housekeeping of the shared tables; tests switch the schedule off and call the jobs themselves. */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class SharedSchedule {

	private final IdempotentWrites idempotentWrites;

	private final ScheduledJobs jobs;

	private final Duration keepKeys;

	private final CompletedEventPublications completedEvents;

	private final Duration keepCompletedEvents;

	private final IncompleteEventPublications incompleteEvents;

	private final Duration resubmitEvery;

	private final Duration resubmitAfter;

	SharedSchedule(IdempotentWrites idempotentWrites, ScheduledJobs jobs,
			@Value("${nattvandring.idempotency.keep:P30D}") Duration keepKeys,
			CompletedEventPublications completedEvents,
			@Value("${nattvandring.events.keep-completed:P30D}") Duration keepCompletedEvents,
			IncompleteEventPublications incompleteEvents,
			@Value("${nattvandring.events.resubmit-every:PT1M}") Duration resubmitEvery,
			@Value("${nattvandring.events.resubmit-after:PT2M}") Duration resubmitAfter) {
		this.incompleteEvents = incompleteEvents;
		this.resubmitEvery = resubmitEvery;
		this.resubmitAfter = resubmitAfter;
		this.idempotentWrites = idempotentWrites;
		this.jobs = jobs;
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
		jobs.run("forget-handled-event-publications", ScheduledJobs.DAILY,
				() -> completedEvents.deletePublicationsOlderThan(keepCompletedEvents));
	}

	/**
	 * A reaction that failed, or whose instance stopped before it was done, is sent again once it is older than
	 * {@code nattvandring.events.resubmit-after}, by whichever instance claims the round; every listener is written so
	 * that a second delivery changes nothing more.
	 */
	@Scheduled(fixedDelayString = "${nattvandring.events.resubmit-every:PT1M}", initialDelayString = "PT30S")
	void resubmitIncompleteEventPublications() {
		jobs.run("resubmit-event-publications", ScheduledJobs.roundOf(resubmitEvery),
				() -> incompleteEvents.resubmitIncompletePublicationsOlderThan(resubmitAfter));
	}

	@Scheduled(cron = "${nattvandring.idempotency.purge-cron:0 45 3 * * *}", zone = "Europe/Stockholm")
	void forgetOldIdempotencyKeys() {
		jobs.run("forget-idempotency-keys", ScheduledJobs.DAILY, () -> idempotentWrites.forgetOlderThan(keepKeys));
	}
}
