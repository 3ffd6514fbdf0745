package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.JobLock;
import se.nattvandring.support.IntegrationTest;

/** The seed season's bases (2024–2025) are kept for ten years from the end of their year, then deleted. */
@IntegrationTest
@Transactional
class PaymentRetentionTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.nattvandring.shared.ScheduledJobs lock;

	@Test
	void basesAreKeptTenYearsFromTheEndOfTheirYearAndThenDeleted() {
		long all = count("");
		long endingIn2024 = count("and extract(year from period_to) = 2024");
		assertThat(endingIn2024).isPositive().isLessThan(all);

		// Drafts older than a year go at every run; the records are what these counts hold.
		retention("2034-12-31T12:00:00Z").deletePastRetention();
		assertThat(count("")).isEqualTo(all);
		assertThat(retention("2035-01-02T12:00:00Z").deletePastRetention()).isGreaterThanOrEqualTo((int) endingIn2024);
		assertThat(count("and extract(year from period_to) = 2024")).isZero();
		assertThat(count("")).isEqualTo(all - endingIn2024);
		retention("2036-01-02T12:00:00Z").deletePastRetention();
		assertThat(count("")).isZero();
	}

	private long count(String where) {
		return jdbc.sql("select count(*) from payment_basis where agreement_id = 1 and status <> 'DRAFT' " + where)
			.query(Long.class).single();
	}

	private PaymentRetention retention(String now) {
		return new PaymentRetention(jdbc, lock, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), 10);
	}
}
