package se.nattvandring.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.identity.Accounts;
import se.nattvandring.shared.JobLock;
import se.nattvandring.shared.StockholmTime;

/**
 * The nightly erasure of walkers inactive longer than the retention time (default 24 months). Each walker goes in its
 * own transaction, so one failure does not hold back the rest; other modules erase their part on the event.
 */
@Component
public class WalkerAnonymisation {

	private static final Logger log = LoggerFactory.getLogger(WalkerAnonymisation.class);

	private static final int BATCH = 500;

	private final WalkerRepository repository;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JobLock lock;

	private final Clock clock;

	private final Period retention;

	WalkerAnonymisation(WalkerRepository repository, Accounts accounts, ApplicationEventPublisher events,
			TransactionTemplate transactions, JobLock lock, Clock clock,
			@Value("${nattvandring.walkers.retention:P24M}") Period retention) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
		this.transactions = transactions;
		this.lock = lock;
		this.clock = clock;
		this.retention = retention;
	}

	/** @return how many walkers were anonymised in this run (0 if another instance holds the job) */
	public int run() {
		int[] count = { 0 };
		lock.runExclusively("anonymise-walkers", Duration.ofMinutes(30), () -> {
			LocalDate cutoff = StockholmTime.today(clock).minus(retention);
			List<Long> due = repository.inactiveSince(cutoff, BATCH);
			for (long walkerId : due) {
				transactions.executeWithoutResult(status -> anonymise(walkerId));
				count[0]++;
			}
		});
		if (count[0] > 0) {
			log.info("Anonymised {} walkers inactive for more than {}", count[0], retention);
		}
		return count[0];
	}

	private void anonymise(long walkerId) {
		Walker walker = repository.findById(walkerId).orElseThrow();
		walker.anonymise(clock.instant());
		repository.save(walker);
		Long account = walker.userAccountId();
		if (account != null) {
			accounts.disable(account, true);
		}
		events.publishEvent(new VolunteerEvents.WalkerAnonymised(walkerId));
	}
}
