package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.nattvandring.agreement.PaymentRule.ApprovedWalk;
import se.nattvandring.agreement.PaymentRule.Ledger;
import se.nattvandring.agreement.PaymentRule.PayableUnit;
import se.nattvandring.agreement.PaymentRule.UnitStatus;
import se.nattvandring.shared.Money;

/**
 * Paying in periods pays what paying at once would: the quota and the ceiling count every basis already issued, and
 * each unit falls in exactly one period, by its unit date.
 */
class PaymentPeriodsTest {

	static final Period TERM = new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 12, 31));

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void monthlyBasesPayTheSameUnitsAsOneBasisForTheWholeTerm(long seed) {
		Random random = new Random(seed);
		CompensationUnit unit = CompensationUnit.values()[random.nextInt(CompensationUnit.values().length)];
		Integer quota = random.nextBoolean() ? 5 + random.nextInt(20) : null;
		Money ceiling = random.nextBoolean() ? Money.sek(1700L * (10 + random.nextInt(30))) : null;
		PaymentRule rule = new PaymentRule(new CompensationRule(unit, Money.sek(1700), ceiling, quota,
				PaymentCadence.MONTHLY), new CompletionCriteria(2, 18, false, java.time.LocalTime.of(19, 0),
						java.time.LocalTime.of(1, 0), 60, 7), TERM.start(), List.of(), TERM);
		List<ApprovedWalk> walks = new ArrayList<>();
		LocalDate date = TERM.start();
		for (long id = 1; date.isBefore(TERM.end()); id++) {
			walks.add(new ApprovedWalk(id, 2 + random.nextInt(2), date, 3));
			date = date.plusDays(1 + random.nextInt(4));
		}

		List<PayableUnit> atOnce = rule.payableUnits(walks, Ledger.EMPTY, TERM.start(), TERM.end());

		Map<YearMonth, List<ApprovedWalk>> byMonth = new TreeMap<>();
		for (ApprovedWalk walk : walks) {
			byMonth.computeIfAbsent(YearMonth.from(rule.occasionDate(walk.walkDate())), k -> new ArrayList<>())
				.add(walk);
		}
		Map<Long, Integer> unitsPaid = new HashMap<>();
		Money paid = Money.ZERO;
		List<Long> paidInPeriods = new ArrayList<>();
		for (var month : byMonth.entrySet()) {
			for (PayableUnit payable : rule.payableUnits(month.getValue(), new Ledger(Map.of(), unitsPaid, paid,
					Map.of()), month.getKey().atDay(1), month.getKey().atEndOfMonth())) {
				if (payable.status() == UnitStatus.PAYABLE) {
					unitsPaid.merge(payable.associationId(), 1, Integer::sum);
					paid = paid.plus(payable.amount());
					paidInPeriods.addAll(payable.walkIds());
				}
			}
		}

		assertThat(paidInPeriods).as("%s, quota %s, ceiling %s", unit, quota, ceiling).containsExactlyElementsOf(
				atOnce.stream().filter(u -> u.status() == UnitStatus.PAYABLE).flatMap(u -> u.walkIds().stream())
					.toList());
		assertThat(paid).isEqualTo(atOnce.stream().map(PayableUnit::amount).reduce(Money.ZERO, Money::plus));
		if (ceiling != null) {
			assertThat(paid.isGreaterThan(ceiling)).isFalse();
		}
	}

	@Test
	void aWeekendOrAnEveningThatCrossesTheMonthsEndBelongsToOneMonthOnly() {
		// Friday 31 May to Sunday 2 June 2024 is the weekend of Saturday 1 June: paid in June.
		assertThat(CompensationUnit.PER_WEEKEND.unitDate(LocalDate.of(2024, 5, 31))).isEqualTo(LocalDate.of(2024, 6, 1));
		// Sunday 1 September 2024 belongs to the weekend of Saturday 31 August: paid in August.
		assertThat(CompensationUnit.PER_WEEKEND.unitDate(LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2024, 8, 31));
		// An evening walk from 21:00 on 30 September to 01:00 on 1 October carries the evening's date.
		assertThat(CompensationUnit.PER_EVENING.unitDate(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(CompensationUnit.PER_WALK.unitDate(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 9, 30));
	}

	@Test
	void aBasisCoversOneWholePeriodOfTheAgreementsCadence() {
		assertThat(PaymentCadence.MONTHLY.isPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), TERM)).isTrue();
		assertThat(PaymentCadence.MONTHLY.isPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 29), TERM)).isFalse();
		assertThat(PaymentCadence.MONTHLY.isPeriod(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 30), TERM)).isFalse();
		assertThat(PaymentCadence.QUARTERLY.isPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), TERM))
			.isTrue();
		assertThat(PaymentCadence.QUARTERLY.isPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), TERM))
			.isFalse();
		assertThat(PaymentCadence.AT_PERIOD_END.isPeriod(TERM.start(), TERM.end(), TERM)).isTrue();
		assertThat(PaymentCadence.AT_PERIOD_END.isPeriod(TERM.start(), LocalDate.of(2024, 12, 31), TERM)).isFalse();
		assertThat(new BigDecimal("1700.00")).isEqualByComparingTo(Money.sek(1700).amount());
	}
}
