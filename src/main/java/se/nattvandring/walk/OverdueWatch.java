package se.nattvandring.walk;

import se.nattvandring.walk.query.WalkQueries;
import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.shared.JobLock;

/**
 * The walk module decides when a walk is overdue: still in progress this long after its planned end. Each such walk
 * is marked once and publishes {@link WalkEvents.WalkOverdue}; whom to tell, and how, is the notification module's
 * part. Under the job lease, one instance runs each round.
 */
@Component
public class OverdueWatch {

	private final WalkQueries queries;

	private final WalkRepository repository;

	private final OverdueRule rule;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OverdueWatch(WalkQueries queries, WalkRepository repository, OverdueRule rule, JobLock lock,
			TransactionTemplate transactions, Clock clock) {
		this.queries = queries;
		this.repository = repository;
		this.rule = rule;
		this.lock = lock;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** @return how many walks were newly marked overdue in this round */
	public int run() {
		int[] marked = { 0 };
		lock.runExclusively("overdue-watch", Duration.ofMinutes(5), () -> {
			for (WalkView walk : queries.inProgressEndedBefore(rule.endedBefore(clock.instant()), true, null)) {
				// One transaction a walk: the mark and its event are stored together, or not at all.
				transactions.executeWithoutResult(status -> repository.findById(walk.id()).ifPresent(found -> {
					found.markOverdue(clock.instant());
					repository.save(found);
				}));
				marked[0]++;
			}
		});
		return marked[0];
	}
}
