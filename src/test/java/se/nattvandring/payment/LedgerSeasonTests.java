package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.TeamRateTerms;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.IncompleteBlock;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.payment.PaymentBasis.LineStatus;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * Seasons drawn at random for every rule kind: walks approved in random order and late, some returned and sent again,
 * some rejected, bases drawn and issued along the way, corrections, quotas and ceilings. Whatever happens, the ledger
 * holds: no unit paid twice, no limit passed, every approved walk accounted for, and the bases add up to the units.
 * Seeded, so a failure is repeated by its seed.
 */
@IntegrationTest
@Transactional
class LedgerSeasonTests {

	@Autowired
	NightTestWorld world;

	@Autowired
	Seasons seasons;

	@Autowired
	PaymentBases bases;

	@Autowired
	PaymentCorrections corrections;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}, seed {1}")
	@CsvSource({ "PER_WALK, 11", "PER_WALK, 12", "PER_EVENING, 21", "PER_EVENING, 22", "PER_WEEKEND, 31",
			"PER_WEEKEND, 32", "TEAM_RATES, 41", "TEAM_RATES, 42", "BLOCK, 51", "BLOCK, 52", "SHARED_BLOCK, 61" })
	void theLedgerHoldsWhateverTheOrderOfApprovalsAndBases(String kind, long seed) {
		Random random = new Random(seed);
		SeasonOfOwnRules season = seasons.begin();
		Integer quota = random.nextBoolean() ? 3 + random.nextInt(6) : null;
		BigDecimal ceiling = random.nextBoolean() ? BigDecimal.valueOf(1500L * (4 + random.nextInt(8))) : null;
		CompensationTerms terms = rule(kind, quota, ceiling);
		long agreement = season.agreement(terms);
		List<Long> walkIds = new ArrayList<>();
		java.util.Map<LocalDate, Integer> teamsOut = new java.util.HashMap<>();
		// Six weeks, so that evenings and weekends are shared and approvals arrive after their unit was paid.
		for (int i = 0; i < 16; i++) {
			LocalDate date = LocalDate.of(2026, 2, 2).plusDays(random.nextInt(42));
			// A second walk on the same evening goes out with another team: nobody walks twice at once.
			int team = teamsOut.merge(date, 1, Integer::sum) - 1;
			walkIds.add(season.reportedWalk(agreement, date, 2 + random.nextInt(4),
					Duration.ofHours(2 + random.nextInt(100)), team));
		}
		Collections.shuffle(walkIds, random);
		Set<Long> rejected = new HashSet<>();
		for (long walk : walkIds) {
			int fate = random.nextInt(10);
			if (fate == 0) {
				season.reject(walk);
				rejected.add(walk);
				continue;
			}
			if (fate == 1) {
				season.returnAndResubmit(walk);
			}
			season.approve(walk);
			if (random.nextBoolean()) {
				drawAndIssue(agreement, YearMonth.of(2026, 2 + random.nextInt(2)));
			}
			if (random.nextInt(8) == 0) {
				creditOne(agreement, random);
			}
		}
		for (int month = 1; month <= 12; month++) {
			drawAndIssue(agreement, YearMonth.of(2026, month));
		}

		noUnitIsPaidTwice(agreement);
		noLimitIsPassed(agreement, terms.quotaPerAssociation(), terms.budgetCeilingSek());
		everyApprovedWalkIsAccountedFor(agreement, rejected);
		theBasesAddUpToTheUnitsTheLedgerHolds(agreement);
	}

	private void noUnitIsPaidTwice(long agreement) {
		assertThat(jdbc.sql("""
				select count(*) from (select l.unit_key from payment_basis b join payment_basis_line l on l.basis_id = b.id
				  where b.agreement_id = :a and b.status <> 'DRAFT' and l.status in ('PAYABLE', 'INCOMPLETE_BLOCK')
				  group by b.association_id, l.unit_key having count(*) > 1) twice""").param("a", agreement)
			.query(Long.class).single()).as("units held by two issued lines").isZero();
		assertThat(jdbc.sql("""
				select count(*) from (select w.walk_id from payment_basis b join payment_basis_walk w on w.basis_id = b.id
				  where b.agreement_id = :a and b.status <> 'DRAFT' and w.paid and b.corrects_id is null
				  group by w.walk_id having count(*) > 1) twice""").param("a", agreement).query(Long.class).single())
			.as("walks settled by two issued bases").isZero();
	}

	private void noLimitIsPassed(long agreement, Integer quota, BigDecimal ceiling) {
		BigDecimal paid = jdbc.sql("""
				select coalesce(sum(total), 0) from payment_basis where agreement_id = :a and status <> 'DRAFT'""")
			.param("a", agreement).query(BigDecimal.class).single();
		if (ceiling != null) {
			assertThat(paid).isLessThanOrEqualTo(ceiling);
		}
		if (quota != null) {
			assertThat(jdbc.sql("""
					select count(*) from payment_ledger where agreement_id = :a and is_unit and amount > 0
					  and credited_by is null""").param("a", agreement).query(Long.class).single())
				.isLessThanOrEqualTo(quota.longValue());
		}
	}

	/**
	 * Paid, settled at 0 kr with its reason, credited, or left at 0 kr with its reason (already paid, past a limit, an
	 * incomplete block worth nothing) in the drafts drawn at the end, which are not issued since they total 0 kr.
	 */
	private void everyApprovedWalkIsAccountedFor(long agreement, Set<Long> rejected) {
		Set<Long> accounted = new HashSet<>(jdbc.sql("""
				select w.walk_id from payment_basis b join payment_basis_walk w on w.basis_id = b.id
				where b.agreement_id = :a and b.status <> 'DRAFT'""").param("a", agreement).query(Long.class).list());
		for (int month = 1; month <= 12; month++) {
			try {
				PaymentBasis left = bases.prepare(agreement, draft(YearMonth.of(2026, month)), world.coordinator());
				assertThat(left.lines()).as("nothing payable is left after the last bases")
					.noneMatch(line -> line.status() == LineStatus.PAYABLE);
				left.lines().forEach(line -> accounted.addAll(line.walkIds()));
			}
			catch (RuleViolationException nothingLeft) {
				// every walk of the month is settled
			}
		}
		List<Long> approved = jdbc.sql("select id from walk where agreement_id = :a and status in ('APPROVED', 'PAID')")
			.param("a", agreement).query(Long.class).list();
		assertThat(accounted).containsAll(approved);
		assertThat(rejected).noneMatch(accounted::contains);
	}

	private void theBasesAddUpToTheUnitsTheLedgerHolds(long agreement) {
		BigDecimal bases = jdbc.sql("""
				select coalesce(sum(total), 0) from payment_basis where agreement_id = :a and status <> 'DRAFT'""")
			.param("a", agreement).query(BigDecimal.class).single();
		BigDecimal units = jdbc.sql("""
				select coalesce(sum(amount), 0) from payment_ledger where agreement_id = :a and credited_by is null""")
			.param("a", agreement).query(BigDecimal.class).single();
		assertThat(bases).isEqualByComparingTo(units);
	}

	private void drawAndIssue(long agreement, YearMonth month) {
		try {
			PaymentBasis draft = bases.prepare(agreement, draft(month), world.coordinator());
			if (draft.total().signum() > 0) {
				bases.issue(draft.id(), world.coordinator());
			}
			else {
				bases.discard(draft.id(), world.coordinator());
			}
		}
		catch (RuleViolationException nothingToPay) {
			// nothing approved and unpaid in that month yet
		}
	}

	private void creditOne(long agreement, Random random) {
		List<Long[]> paid = jdbc.sql("""
				select b.id, w.walk_id from payment_basis b join payment_basis_walk w on w.basis_id = b.id
				join payment_basis_line l on l.basis_id = b.id and l.position = w.position
				where b.agreement_id = :a and b.status <> 'DRAFT' and b.corrects_id is null and l.status = 'PAYABLE'
				  and not exists (select 1 from payment_basis c where c.corrects_id = b.id)
				order by b.id, w.walk_id""").param("a", agreement)
			.query((rs, row) -> new Long[] { rs.getLong(1), rs.getLong(2) }).list();
		if (paid.isEmpty()) {
			return;
		}
		Long[] chosen = paid.get(random.nextInt(paid.size()));
		PaymentBasis correction = corrections.correct(chosen[0], new PaymentCorrections.BasisCorrection(
				List.of(chosen[1]), "Stickprovet fann ingen vandring"), world.coordinator());
		bases.issue(correction.id(), world.coordinator());
	}

	private static PaymentBases.Draft draft(YearMonth month) {
		return new PaymentBases.Draft(SeasonOfOwnRules.AIK, month.atDay(1), month.atEndOfMonth());
	}

	private static CompensationTerms rule(String kind, Integer quota, BigDecimal ceiling) {
		return switch (kind) {
			case "TEAM_RATES" -> new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1500"), ceiling, quota,
					PaymentCadence.MONTHLY, List.of(new TeamRateTerms(4, new BigDecimal("2000"))), null, null);
			case "BLOCK" -> new CompensationTerms(CompensationUnit.PER_EVENING, new BigDecimal("6000"),
					ceiling == null ? null : ceiling.multiply(BigDecimal.valueOf(4)), quota, PaymentCadence.MONTHLY,
					null, 3, IncompleteBlock.NOTHING);
			case "SHARED_BLOCK" -> new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("6000"), null, null,
					PaymentCadence.MONTHLY, null, 4, IncompleteBlock.SHARE);
			default -> new CompensationTerms(CompensationUnit.valueOf(kind), new BigDecimal("1500"), ceiling, quota,
					PaymentCadence.MONTHLY);
		};
	}
}
