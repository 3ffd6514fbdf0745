package se.nattvandring.payment;

import se.nattvandring.shared.ScheduledJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.StockholmTime;

/**
 * Payment bases are accounting records: kept for the retention period (ten years by default, as municipal document
 * plans commonly ask), counted from the end of the year their period ends in, and deleted after it. A draft is no
 * record and goes after a year. A basis that another corrects stays until its correction may go too.
 */
@Component
@ConditionalOnBooleanProperty(name = "nattvandring.jobs.enabled", matchIfMissing = true)
class PaymentRetention {

	private final JdbcClient jdbc;

	private final ScheduledJobs jobs;

	private final Clock clock;

	private final int years;

	PaymentRetention(JdbcClient jdbc, ScheduledJobs jobs, Clock clock,
			@Value("${nattvandring.payment.retention-years:10}") int years) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
		this.years = years;
	}

	@Scheduled(cron = "${nattvandring.payment.retention-cron:0 15 4 * * *}", zone = "Europe/Stockholm")
	void deleteWhatIsPastItsRetention() {
		jobs.run("payment-retention", ScheduledJobs.DAILY, this::deletePastRetention);
	}

	/** @return how many bases were deleted */
	@Transactional
	int deletePastRetention() {
		LocalDate today = StockholmTime.today(clock);
		// Kept through the tenth calendar year after the period's: a period of 2024 is kept through 2034.
		LocalDate keptFrom = LocalDate.of(today.getYear() - years, 1, 1);
		return jdbc.sql("""
				delete from payment_basis b
				where ((b.status <> 'DRAFT' and b.period_to < :keptFrom) or (b.status = 'DRAFT' and b.prepared_at < :draftsFrom))
				  and not exists (select 1 from payment_basis c where c.corrects_id = b.id)
				  and not exists (select 1 from payment_basis_line l where l.paid_by_basis = b.id and l.basis_id <> b.id)""")
			.param("keptFrom", keptFrom).param("draftsFrom", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(365))))
			.update();
	}
}
