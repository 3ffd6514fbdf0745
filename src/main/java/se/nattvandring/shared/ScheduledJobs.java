package se.nattvandring.shared;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every instance's scheduler fires each job; this makes a round of it run on one instance only. The first instance to
 * claim the round runs the job, and the others, whose schedules fire moments later, skip it until the round has passed.
 * Each run is timed in the metric {@code nattvandring.jobs} by job and outcome; a skipped round counts in
 * {@code nattvandring.jobs.skipped}.
 */
@Component
public class ScheduledJobs {

	/** The round of a job that runs once a day: long enough that a late instance skips, short of the next day's. */
	public static final Duration DAILY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

	private final JobLock lock;

	private final MeterRegistry meters;

	ScheduledJobs(JobLock lock, MeterRegistry meters) {
		this.lock = lock;
		this.meters = meters;
	}

	/** The round of a job that runs every {@code period}: most of it, so a round is never skipped for a late start. */
	public static Duration roundOf(Duration period) {
		return period.multipliedBy(4).dividedBy(5);
	}

	/** @return whether this instance ran the round */
	public boolean run(String name, Duration round, Runnable job) {
		if (!lock.acquire("round:" + name, round)) {
			meters.counter("nattvandring.jobs.skipped", "job", name).increment();
			return false;
		}
		Timer.Sample started = Timer.start(meters);
		String outcome = "failure";
		try {
			job.run();
			outcome = "success";
			return true;
		}
		catch (RuntimeException ex) {
			// The round stays claimed: the next round tries again, rather than every instance at once.
			log.error("Scheduled job {} failed", name, ex);
			return true;
		}
		finally {
			started.stop(meters.timer("nattvandring.jobs", "job", name, "outcome", outcome));
		}
	}
}
