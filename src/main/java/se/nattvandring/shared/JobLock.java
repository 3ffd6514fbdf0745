package se.nattvandring.shared;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease in the database per scheduled job, so that one instance runs a round while the others sharing the database
 * skip it. The lease expires by itself, so an instance that dies mid-run does not block the job for good.
 */
@Component
public class JobLock {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	JobLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Runs {@code job} if this instance gets the lease; @return whether it ran. */
	public boolean runExclusively(String name, Duration lease, Runnable job) {
		if (!acquire(name, lease)) {
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			release(name);
		}
	}

	boolean acquire(String name, Duration lease) {
		Instant now = clock.instant();
		// One statement, so two instances cannot both see the lease free: the row lock decides.
		int taken = jdbc.sql("""
				insert into job_lock (name, locked_until, locked_by) values (:name, :until, :me)
				on conflict (name) do update set locked_until = excluded.locked_until, locked_by = excluded.locked_by
				where job_lock.locked_until <= :now
				""")
			.param("name", name).param("until", java.sql.Timestamp.from(now.plus(lease)))
			.param("me", instance).param("now", java.sql.Timestamp.from(now)).update();
		return taken == 1;
	}

	void release(String name) {
		jdbc.sql("update job_lock set locked_until = :now where name = :name and locked_by = :me")
			.param("now", java.sql.Timestamp.from(clock.instant())).param("name", name).param("me", instance).update();
	}
}
