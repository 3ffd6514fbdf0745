package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.nattvandring.agreement.PaymentRule.ApprovedWalk;
import se.nattvandring.agreement.PaymentRule.Ledger;
import se.nattvandring.agreement.PaymentRule.PayableUnit;
import se.nattvandring.agreement.PaymentRule.UnitStatus;
import se.nattvandring.shared.Money;

/** Real municipalities' rules, each only data, through one function. */
class PaymentRuleTest {

	static final long AIK = 2;

	static final long FOLKPARKEN = 3;

	static final LocalDate FRIDAY = LocalDate.of(2024, 12, 6);

	static final Period TERM = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

	static final CompletionCriteria CRITERIA = new CompletionCriteria(2, 18, true, LocalTime.of(19, 0),
			LocalTime.of(2, 0), 120, 7);

	@Test
	void hagerstenAlvsjoPays1700PerCompletedWalk() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_WALK, Money.sek(1700), null, null,
				PaymentCadence.MONTHLY));
		var walks = List.of(walk(1, AIK, FRIDAY, 3), walk(2, AIK, FRIDAY, 3), walk(3, FOLKPARKEN, FRIDAY.plusDays(1), 3));

		List<PayableUnit> units = all(rule, walks, Ledger.EMPTY);

		assertThat(units).hasSize(3).allMatch(u -> u.status() == UnitStatus.PAYABLE);
		assertThat(total(units)).isEqualTo(Money.sek(5100));
	}

	@Test
	void ockeroPaysOncePerEveningHoweverManyWalks() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_EVENING, Money.sek(1500), null, null,
				PaymentCadence.MONTHLY));
		var walks = List.of(walk(1, AIK, FRIDAY, 2), walk(2, AIK, FRIDAY, 2), walk(3, AIK, FRIDAY.plusDays(1), 2));

		List<PayableUnit> units = all(rule, walks, Ledger.EMPTY);

		assertThat(units).extracting(PayableUnit::walkIds).containsExactly(List.of(1L, 2L), List.of(3L));
		assertThat(total(units)).isEqualTo(Money.sek(3000));
	}

	@Test
	void halmstadPaysOncePerWeekendPerAssociation() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_WEEKEND, Money.sek(3500), null, null,
				PaymentCadence.QUARTERLY));
		var walks = List.of(walk(1, AIK, FRIDAY, 5), walk(2, AIK, FRIDAY.plusDays(1), 5),
				walk(3, FOLKPARKEN, FRIDAY.plusDays(1), 5), walk(4, AIK, FRIDAY.plusDays(7), 5));

		List<PayableUnit> units = all(rule, walks, Ledger.EMPTY);

		assertThat(units).hasSize(3);
		assertThat(units.get(0).key()).isEqualTo("weekend:2024-12-07");
		assertThat(total(units)).isEqualTo(Money.sek(10500));
	}

	@Test
	void aWeekendWhoseFridayWasPaidIsJoinedAtNothingAndNamesTheBasisThatPaidIt() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_WEEKEND, Money.sek(3500), null, null,
				PaymentCadence.MONTHLY));
		Ledger paidFriday = new Ledger(Map.of(Ledger.heldKey(AIK, "weekend:2024-12-07"), 41L), Map.of(AIK, 1),
				Money.sek(3500), Map.of());

		List<PayableUnit> units = all(rule, List.of(walk(2, AIK, FRIDAY.plusDays(1), 5)), paidFriday);

		assertThat(units).singleElement().satisfies(unit -> {
			assertThat(unit.status()).isEqualTo(UnitStatus.ALREADY_PAID);
			assertThat(unit.amount()).isEqualTo(Money.ZERO);
			assertThat(unit.paidBy()).isEqualTo(41L);
		});
	}

	@Test
	void karlskronaPaysByTeamSize() {
		var rates = new RateTable(List.of(new RateTable.Step(4, Money.sek(2000)), new RateTable.Step(3, Money.sek(1500))));
		var rule = rule(new CompensationRule(CompensationUnit.PER_WALK, Money.sek(1500), rates, 1,
				IncompleteBlock.NOTHING, null, null, PaymentCadence.THIRDLY));

		List<PayableUnit> units = all(rule, List.of(walk(1, AIK, FRIDAY, 3), walk(2, AIK, FRIDAY.plusDays(1), 4),
				walk(3, AIK, FRIDAY.plusDays(2), 6)), Ledger.EMPTY);

		assertThat(units).extracting(PayableUnit::amount).containsExactly(Money.sek(1500), Money.sek(2000),
				Money.sek(2000));
		assertThat(PaymentCadence.THIRDLY.periodContaining(FRIDAY, TERM))
			.isEqualTo(new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31)));
	}

	@Test
	void lidingoPaysOneBlockAfterTheSixthEvening() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_EVENING, Money.sek(10000), RateTable.NONE, 6,
				IncompleteBlock.NOTHING, null, null, PaymentCadence.MONTHLY));
		List<ApprovedWalk> five = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			five.add(walk(i + 1, AIK, FRIDAY.plusDays(i), 5));
		}
		assertThat(rule.payableUnits(five, Ledger.EMPTY, FRIDAY.withDayOfMonth(1), FRIDAY.plusDays(20)))
			.as("five evenings wait for the sixth").isEmpty();

		List<ApprovedWalk> six = new ArrayList<>(five);
		six.add(walk(6, AIK, FRIDAY.plusDays(5), 5));
		List<PayableUnit> units = rule.payableUnits(six, Ledger.EMPTY, FRIDAY.withDayOfMonth(1), FRIDAY.plusDays(20));

		assertThat(units).singleElement().satisfies(block -> {
			assertThat(block.key()).isEqualTo("block:1");
			assertThat(block.amount()).isEqualTo(Money.sek(10000));
			assertThat(block.occasionKeys()).hasSize(6);
		});
	}

	@Test
	void anIncompleteBlockAtTheTermsEndIsWorthNothingOrItsShare() {
		List<ApprovedWalk> four = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			four.add(walk(i + 1, AIK, TERM.end().minusDays(10 - i), 5));
		}
		for (IncompleteBlock end : IncompleteBlock.values()) {
			var rule = rule(new CompensationRule(CompensationUnit.PER_EVENING, Money.sek(10000), RateTable.NONE, 6,
					end, null, null, PaymentCadence.MONTHLY));
			List<PayableUnit> units = rule.payableUnits(four, Ledger.EMPTY, TERM.end().withDayOfMonth(1), TERM.end());
			assertThat(units).singleElement().satisfies(block -> {
				assertThat(block.status()).isEqualTo(end == IncompleteBlock.NOTHING ? UnitStatus.INCOMPLETE_BLOCK
						: UnitStatus.PAYABLE);
				assertThat(block.amount()).isEqualTo(end == IncompleteBlock.NOTHING ? Money.ZERO : Money.sek("6666.67"));
			});
		}
	}

	@Test
	void aWeekendAcrossTheTermsEndIsPaidInTheTermsLastPeriod() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_WEEKEND, Money.sek(3500), null, null,
				PaymentCadence.MONTHLY));
		LocalDate lastFriday = LocalDate.of(2025, 12, 26);
		var term = new Period(TERM.start(), lastFriday);
		var edge = new PaymentRule(rule.current(), CRITERIA, TERM.start(), List.of(), term);

		List<PayableUnit> units = edge.payableUnits(List.of(walk(1, AIK, lastFriday, 5)), Ledger.EMPTY,
				LocalDate.of(2025, 12, 1), lastFriday);

		assertThat(units).singleElement().satisfies(unit -> {
			assertThat(unit.date()).isEqualTo(lastFriday);
			assertThat(unit.amount()).isEqualTo(Money.sek(3500));
		});
	}

	@Test
	void aWalkIsPricedByTheTermsInForceOnItsDate() {
		var old = TermsVersion.of(TERM.start(), LocalDate.of(2024, 11, 30),
				new UnitPrice(CompensationUnit.PER_WALK, Money.sek(1700), RateTable.NONE, 1, IncompleteBlock.NOTHING),
				CRITERIA);
		var rule = new PaymentRule(new CompensationRule(CompensationUnit.PER_WALK, Money.sek(2000), null, null,
				PaymentCadence.MONTHLY), CRITERIA, LocalDate.of(2024, 12, 1), List.of(old), TERM);

		List<PayableUnit> units = rule.payableUnits(List.of(walk(1, AIK, LocalDate.of(2024, 11, 29), 3),
				walk(2, AIK, LocalDate.of(2024, 12, 1), 3)), Ledger.EMPTY, TERM.start(), TERM.end());

		assertThat(units).extracting(PayableUnit::amount).containsExactly(Money.sek(1700), Money.sek(2000));
	}

	@Test
	void theQuotaStopsPaymentPerAssociationAndTheCeilingForTheWholeAgreement() {
		var rule = rule(new CompensationRule(CompensationUnit.PER_WALK, Money.sek(1700), Money.sek(5100), 2,
				PaymentCadence.MONTHLY));
		var walks = List.of(walk(1, AIK, FRIDAY, 3), walk(2, AIK, FRIDAY.plusDays(1), 3),
				walk(3, AIK, FRIDAY.plusDays(7), 3), walk(4, FOLKPARKEN, FRIDAY, 3),
				walk(5, FOLKPARKEN, FRIDAY.plusDays(1), 3));

		List<PayableUnit> units = all(rule, walks, Ledger.EMPTY);

		assertThat(units).extracting(PayableUnit::status).containsExactly(UnitStatus.PAYABLE, UnitStatus.PAYABLE,
				UnitStatus.PAYABLE, UnitStatus.OVER_BUDGET, UnitStatus.OVER_QUOTA);
		assertThat(total(units)).isEqualTo(Money.sek(5100));
	}

	/** Whatever the walks, nothing is paid past the ceiling or the quota, and every walk is in exactly one unit. */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 7, 42, 2024, 1700, 31337 })
	void limitsHoldForRandomSeasons(long seed) {
		Random random = new Random(seed);
		var unit = CompensationUnit.values()[random.nextInt(CompensationUnit.values().length)];
		Money ceiling = Money.sek(1700L * (1 + random.nextInt(40)));
		int quota = 1 + random.nextInt(15);
		var rule = rule(new CompensationRule(unit, Money.sek(1700), ceiling, quota, PaymentCadence.MONTHLY));
		List<ApprovedWalk> walks = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			walks.add(walk(i, 1 + random.nextInt(3), FRIDAY.plusDays(random.nextInt(120)), 2 + random.nextInt(4)));
		}

		List<PayableUnit> units = all(rule, walks, Ledger.EMPTY);

		assertThat(total(units)).isLessThanOrEqualTo(ceiling);
		for (long association = 1; association <= 3; association++) {
			long id = association;
			assertThat(units.stream().filter(u -> u.associationId() == id && u.status() == UnitStatus.PAYABLE).count())
				.isLessThanOrEqualTo(quota);
		}
		assertThat(units.stream().mapToLong(u -> u.walkIds().size()).sum()).isEqualTo(walks.size());
	}

	private static PaymentRule rule(CompensationRule compensation) {
		return new PaymentRule(compensation, CRITERIA, TERM.start(), List.of(), TERM);
	}

	private static List<PayableUnit> all(PaymentRule rule, List<ApprovedWalk> walks, Ledger ledger) {
		return rule.payableUnits(walks, ledger, TERM.start(), TERM.end());
	}

	private static ApprovedWalk walk(long id, long association, LocalDate date, int walkers) {
		return new ApprovedWalk(id, association, date, walkers);
	}

	private static Money total(List<PayableUnit> units) {
		return units.stream().map(PayableUnit::amount).reduce(Money.ZERO, Money::plus);
	}
}
