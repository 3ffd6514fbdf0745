package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * Two coordinators issue two drafts of one agreement at the same moment, each within the ceiling alone and over it
 * together. Issuing is serialised per agreement, so the second draws again against the ledger the first left, and is
 * refused. The agreement is this test's own, committed, and touches nothing of the demo's.
 */
@IntegrationTest
class ConcurrentIssueTests {

	@Autowired
	NightTestWorld world;

	@Autowired
	Seasons seasons;

	@Autowired
	PaymentBases bases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoBasesIssuedAtOnceNeverPassTheCeilingTogether() throws Exception {
		SeasonOfOwnRules season = seasons.begin();
		long agreement = season.agreement(new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1500"),
				new BigDecimal("1500"), null, PaymentCadence.MONTHLY));
		season.approvedWalk(agreement, LocalDate.of(2026, 2, 6), 3);
		season.approvedWalk(agreement, LocalDate.of(2026, 3, 6), 3);
		List<PaymentBasis> drafts = List.of(
				bases.prepare(agreement, new PaymentBases.Draft(SeasonOfOwnRules.AIK, LocalDate.of(2026, 2, 1),
						LocalDate.of(2026, 2, 28)), world.coordinator()),
				bases.prepare(agreement, new PaymentBases.Draft(SeasonOfOwnRules.AIK, LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 3, 31)), world.coordinator()));
		assertThat(drafts).allSatisfy(draft -> assertThat(draft.total()).isEqualByComparingTo("1500"));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (PaymentBasis draft : drafts) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					bases.issue(draft.id(), world.coordinator());
					return "issued";
				}
				catch (RuleViolationException refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(results).containsExactlyInAnyOrder("issued", "payment.error.outdated");
		assertThat(jdbc.sql("select coalesce(sum(total), 0) from payment_basis where agreement_id = :a and status <> 'DRAFT'")
			.param("a", agreement).query(BigDecimal.class).single()).isEqualByComparingTo("1500");
	}
}
