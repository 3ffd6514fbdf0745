package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
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
	void ofManyInstancesStartingAtOnceExactlyOneRunsTheRound() throws Exception {
		int instances = 6;
		AtomicInteger ran = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch inside = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		AtomicInteger finished = new AtomicInteger();
		for (int i = 0; i < instances; i++) {
			pool.submit(() -> {
				start.await();
				lock.runExclusively("test-round", Duration.ofMinutes(5), () -> {
					ran.incrementAndGet();
					try {
						// Hold the lease while the others try.
						inside.await(2, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
				finished.incrementAndGet();
				return null;
			});
		}
		start.countDown();
		while (finished.get() < instances - 1) {
			Thread.sleep(10);
		}
		inside.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(ran).hasValue(1);
	}
}
