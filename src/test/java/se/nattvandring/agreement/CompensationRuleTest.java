package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.nattvandring.agreement.CompensationRule.ApprovedWalk;
import se.nattvandring.agreement.CompensationRule.PayableUnit;
import se.nattvandring.agreement.CompensationRule.UnitStatus;
import se.nattvandring.shared.Money;

/** Three real municipalities' rules, each only data, through one function. */
class CompensationRuleTest {

	static final long AIK = 2;

	static final long FOLKPARKEN = 3;

	static final LocalDate FRIDAY = LocalDate.of(2024, 12, 6);

	@Test
	void hagerstenAlvsjoPays1700PerCompletedWalk() {
		var rule = new CompensationRule(CompensationUnit.PER_WALK, Money.sek(1700), null, null, PaymentCadence.MONTHLY);
		var walks = List.of(new ApprovedWalk(1, AIK, FRIDAY), new ApprovedWalk(2, AIK, FRIDAY),
				new ApprovedWalk(3, FOLKPARKEN, FRIDAY.plusDays(1)));

		List<PayableUnit> units = rule.payableUnits(walks);

		assertThat(units).hasSize(3).allMatch(u -> u.status() == UnitStatus.PAYABLE);
		assertThat(total(units)).isEqualTo(Money.sek(5100));
	}

	@Test
	void ockeroPaysOncePerEveningHoweverManyWalks() {
		var rule = new CompensationRule(CompensationUnit.PER_EVENING, Money.sek(1500), null, null,
				PaymentCadence.MONTHLY);
		var walks = List.of(new ApprovedWalk(1, AIK, FRIDAY), new ApprovedWalk(2, AIK, FRIDAY),
				new ApprovedWalk(3, AIK, FRIDAY.plusDays(1)));

		List<PayableUnit> units = rule.payableUnits(walks);

		assertThat(units).extracting(PayableUnit::walkIds).containsExactly(List.of(1L, 2L), List.of(3L));
		assertThat(total(units)).isEqualTo(Money.sek(3000));
	}

	@Test
	void halmstadPaysOncePerWeekendPerAssociation() {
		var rule = new CompensationRule(CompensationUnit.PER_WEEKEND, Money.sek(3500), null, null,
				PaymentCadence.QUARTERLY);
		var walks = List.of(new ApprovedWalk(1, AIK, FRIDAY), new ApprovedWalk(2, AIK, FRIDAY.plusDays(1)),
				new ApprovedWalk(3, FOLKPARKEN, FRIDAY.plusDays(1)), new ApprovedWalk(4, AIK, FRIDAY.plusDays(7)));

		List<PayableUnit> units = rule.payableUnits(walks);

		assertThat(units).hasSize(3);
		assertThat(units.get(0).key()).isEqualTo("weekend:2024-12-07");
		assertThat(total(units)).isEqualTo(Money.sek(10500));
	}

	@Test
	void theQuotaStopsPaymentPerAssociationAndTheCeilingForTheWholeAgreement() {
		var rule = new CompensationRule(CompensationUnit.PER_WALK, Money.sek(1700), Money.sek(5100), 2,
				PaymentCadence.MONTHLY);
		var walks = List.of(new ApprovedWalk(1, AIK, FRIDAY), new ApprovedWalk(2, AIK, FRIDAY.plusDays(1)),
				new ApprovedWalk(3, AIK, FRIDAY.plusDays(7)), new ApprovedWalk(4, FOLKPARKEN, FRIDAY),
				new ApprovedWalk(5, FOLKPARKEN, FRIDAY.plusDays(1)));

		List<PayableUnit> units = rule.payableUnits(walks);

		assertThat(units).extracting(PayableUnit::status).containsExactly(UnitStatus.PAYABLE, UnitStatus.PAYABLE,
				UnitStatus.OVER_QUOTA, UnitStatus.PAYABLE, UnitStatus.OVER_BUDGET);
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
		var rule = new CompensationRule(unit, Money.sek(1700), ceiling, quota, PaymentCadence.MONTHLY);
		List<ApprovedWalk> walks = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			walks.add(new ApprovedWalk(i, 1 + random.nextInt(3), FRIDAY.plusDays(random.nextInt(120))));
		}

		List<PayableUnit> units = rule.payableUnits(walks);

		assertThat(total(units)).isLessThanOrEqualTo(ceiling);
		for (long association = 1; association <= 3; association++) {
			long id = association;
			assertThat(units.stream().filter(u -> u.associationId() == id && u.status() == UnitStatus.PAYABLE).count())
				.isLessThanOrEqualTo(quota);
		}
		assertThat(units.stream().mapToLong(u -> u.walkIds().size()).sum()).isEqualTo(walks.size());
	}

	private static Money total(List<PayableUnit> units) {
		return units.stream().map(PayableUnit::amount).reduce(Money.ZERO, Money::plus);
	}
}
