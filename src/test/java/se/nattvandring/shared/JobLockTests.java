package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

import se.nattvandring.support.IntegrationTest;

/** The database lease that lets one instance run a job round while the others skip it. */
@IntegrationTest
class JobLockTests {

	@Autowired
	JobLock lock;

	@Test
	void aHeldLeaseIsRefusedUntilItIsReleased() {
		assertThat(lock.acquire("test-job", Duration.ofMinutes(5))).isTrue();
		assertThat(lock.acquire("test-job", Duration.ofMinutes(5))).isFalse();

		lock.release("test-job");

		assertThat(lock.acquire("test-job", Duration.ofMinutes(5))).isTrue();
		lock.release("test-job");
	}

	@Test
	@Timeout(30)
	void ofManyInstancesStartingAtOnceExactlyOneRunsTheRound() throws Exception {
		int instances = 6;
		AtomicInteger ran = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch skipped = new CountDownLatch(instances - 1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		List<Future<Boolean>> rounds = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				rounds.add(pool.submit(() -> {
					start.await();
					AtomicBoolean mine = new AtomicBoolean();
					lock.runExclusively("test-round", Duration.ofMinutes(5), () -> {
						mine.set(true);
						ran.incrementAndGet();
						try {
							// Hold the lease until every other instance has tried and skipped.
							inside.await(10, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					});
					if (!mine.get()) {
						skipped.countDown();
					}
					return mine.get();
				}));
			}
			start.countDown();
			assertThat(skipped.await(10, TimeUnit.SECONDS)).as("the other instances skipped the round").isTrue();
			inside.countDown();
			List<Boolean> outcomes = new ArrayList<>();
			for (Future<Boolean> round : rounds) {
				// get() rethrows what an instance threw, so a failure there fails the test instead of vanishing.
				outcomes.add(round.get(10, TimeUnit.SECONDS));
			}

			assertThat(outcomes).containsOnlyOnce(true);
			assertThat(ran).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
