package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.Money;

/**
 * An agreement's whole payment rule: the terms in force from {@code currentFrom}, the earlier versions, the term, and
 * the limits. {@link #payableUnits} is the one function that turns approved walks into money; the basis, the budget and
 * its forecast all call it, with what the ledger already holds.
 * <p>
 * How the edges are treated, on purpose:
 * <ul>
 * <li>A walk is priced under the terms in force on its date. A unit of several walks (an evening, a weekend, a block)
 * takes the price in force on its last walk's date, and the rate for the largest team among its walks.</li>
 * <li>A unit's date is clamped into the term, so a weekend whose Saturday lies after the term's last day is paid in the
 * term's last period, and one whose Saturday lies before the first day in the first period.</li>
 * <li>A unit that would carry the paid total past the ceiling is not paid at all, not paid in part: the line says
 * OVER_BUDGET and the walks stay approved, to be paid if the ceiling is raised. The same holds for the quota.</li>
 * <li>Occasions left over in an unfinished block wait for the next ones; in the period that holds the term's end they
 * are settled as the agreement says: nothing (INCOMPLETE_BLOCK, 0 kr) or their share of the rate.</li>
 * </ul>
 */
public record PaymentRule(CompensationRule current, CompletionCriteria currentCriteria, LocalDate currentFrom,
		List<TermsVersion> earlier, Period term) {

	/** An approved walk that no issued basis has settled yet, with the walkers present. */
	public record ApprovedWalk(long walkId, long associationId, LocalDate walkDate, int walkers) {
	}

	public enum UnitStatus {
		PAYABLE, OVER_QUOTA, OVER_BUDGET, ALREADY_PAID, INCOMPLETE_BLOCK;

		/** Whether the unit's walks are settled by issuing the basis: paid, joined to a paid unit, or left over. */
		public boolean settles() {
			return this == PAYABLE || this == ALREADY_PAID || this == INCOMPLETE_BLOCK;
		}
	}

	/**
	 * One unit of one association: the walks it groups, the occasions it holds (itself, or a block's evenings), its
	 * status and amount, and for a unit joined to one already paid, the basis that paid it.
	 */
	public record PayableUnit(long associationId, String key, LocalDate date, List<Long> walkIds,
			List<String> occasionKeys, int walkers, UnitStatus status, Money rate, Money amount,
			@Nullable Long paidBy) {
	}

	/**
	 * What issued bases hold: the settled unit and occasion keys per association with the basis that settled each, the
	 * units paid per association for the quota, the money paid for the ceiling, and the blocks held per association.
	 */
	public record Ledger(Map<String, Long> held, Map<Long, Integer> unitsPerAssociation, Money total,
			Map<Long, Integer> blocksPerAssociation) {

		public static final Ledger EMPTY = new Ledger(Map.of(), Map.of(), Money.ZERO, Map.of());

		public Ledger {
			held = Map.copyOf(held);
			unitsPerAssociation = Map.copyOf(unitsPerAssociation);
			blocksPerAssociation = Map.copyOf(blocksPerAssociation);
		}

		public static String heldKey(long associationId, String unitKey) {
			return associationId + "/" + unitKey;
		}

		@Nullable
		Long heldBy(long associationId, String unitKey) {
			return held.get(heldKey(associationId, unitKey));
		}
	}

	public PaymentRule {
		earlier = earlier.stream().sorted(Comparator.comparing(TermsVersion::effectiveFrom)).toList();
	}

	public UnitPrice priceOn(LocalDate date) {
		return earlier.stream().filter(v -> v.covers(date) && date.isBefore(currentFrom)).map(TermsVersion::price)
			.findFirst().orElse(current.price());
	}

	public CompletionCriteria criteriaOn(LocalDate date) {
		return earlier.stream().filter(v -> v.covers(date) && date.isBefore(currentFrom))
			.map(TermsVersion::criteria).findFirst().orElse(currentCriteria);
	}

	/** The key of the occasion a walk counts as: itself, its evening, or its weekend, by the terms of its date. */
	public String occasionKey(long walkId, LocalDate walkDate) {
		return priceOn(walkDate).unit().groupKey(walkId, walkDate);
	}

	/** The date a walk's occasion is paid on, clamped into the term; it says which payment period holds it. */
	public LocalDate occasionDate(LocalDate walkDate) {
		LocalDate date = priceOn(walkDate).unit().unitDate(walkDate);
		return date.isBefore(term.start()) ? term.start() : date.isAfter(term.end()) ? term.end() : date;
	}

	/**
	 * The units a basis for {@code from}–{@code to} holds, from the approved walks no basis settled yet. Walks whose
	 * occasion the ledger already holds join it at 0 kr. Single units are those whose date lies in the period; blocks
	 * gather every waiting occasion up to the period's end. Paid units count against the quota and the ceiling after
	 * what the ledger holds, in date order.
	 */
	public List<PayableUnit> payableUnits(List<ApprovedWalk> walks, Ledger ledger, LocalDate from, LocalDate to) {
		return payableUnits(walks, ledger, from, to, Set.of());
	}

	/**
	 * The same, in the amounts the district pays: for an association registered for VAT, a rate that does not
	 * include VAT is paid with 25 % on top. Those amounts, and only those, count against the ceiling.
	 * @param vatRegistered the associations that are registered for VAT
	 */
	public List<PayableUnit> payableUnits(List<ApprovedWalk> walks, Ledger ledger, LocalDate from, LocalDate to,
			Set<Long> vatRegistered) {
		List<Occasion> occasions = occasions(walks);
		List<PayableUnit> units = new ArrayList<>();
		Map<Long, List<Occasion>> blockWaiting = new LinkedHashMap<>();
		for (Occasion occasion : occasions) {
			Long paidBy = ledger.heldBy(occasion.associationId, occasion.key);
			UnitPrice price = priceOn(occasion.lastWalkDate);
			if (paidBy != null) {
				if (inPeriod(occasion.date, from, to) || price.isBlock() && !occasion.date.isAfter(to)) {
					units.add(occasion.unit(occasion.key, UnitStatus.ALREADY_PAID, Money.ZERO, Money.ZERO, paidBy));
				}
			}
			else if (price.isBlock()) {
				if (!occasion.date.isAfter(to)) {
					blockWaiting.computeIfAbsent(occasion.associationId, a -> new ArrayList<>()).add(occasion);
				}
			}
			else if (inPeriod(occasion.date, from, to)) {
				Money rate = payable(price.rateFor(occasion.walkers), vatRegistered.contains(occasion.associationId));
				units.add(occasion.unit(occasion.key, UnitStatus.PAYABLE, rate, rate, null));
			}
		}
		blockWaiting.forEach((association, waiting) -> units.addAll(blocks(association, waiting, ledger, to,
				vatRegistered.contains(association))));
		return applyLimits(units, ledger);
	}

	/** What the district pays for a unit at this rate: the rate, or the rate with VAT when VAT comes on top. */
	public Money payable(Money rate, boolean vatRegistered) {
		if (current.rateIncludesVat() || !vatRegistered) {
			return rate;
		}
		return new Money(rate.amount().multiply(BigDecimal.valueOf(100).add(VAT_PERCENT))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
	}

	/** Sweden's standard VAT rate, the one a registered association charges on this service. */
	public static final BigDecimal VAT_PERCENT = new BigDecimal("25");

	private List<PayableUnit> blocks(long association, List<Occasion> waiting, Ledger ledger, LocalDate to,
			boolean vatRegistered) {
		List<PayableUnit> units = new ArrayList<>();
		int number = ledger.blocksPerAssociation().getOrDefault(association, 0);
		int start = 0;
		while (start < waiting.size()) {
			UnitPrice price = priceOn(waiting.get(start).lastWalkDate);
			int end = Math.min(waiting.size(), start + price.blockSize());
			List<Occasion> block = waiting.subList(start, end);
			boolean whole = block.size() == price.blockSize();
			if (!whole && to.isBefore(term.end())) {
				break;
			}
			Occasion last = block.get(block.size() - 1);
			UnitPrice closing = priceOn(last.lastWalkDate);
			Money rate = payable(closing.rateFor(block.stream().mapToInt(o -> o.walkers).max().orElse(0)),
					vatRegistered);
			UnitStatus status = whole || closing.incompleteBlock() == IncompleteBlock.SHARE ? UnitStatus.PAYABLE
					: UnitStatus.INCOMPLETE_BLOCK;
			Money amount = whole ? rate : status == UnitStatus.INCOMPLETE_BLOCK ? Money.ZERO
					: new Money(rate.amount().multiply(BigDecimal.valueOf(block.size()))
						.divide(BigDecimal.valueOf(closing.blockSize()), 2, RoundingMode.HALF_UP));
			number++;
			units.add(new PayableUnit(association, "block:" + number, last.date,
					block.stream().flatMap(o -> o.walkIds.stream()).sorted().toList(),
					block.stream().map(o -> o.key).toList(), block.stream().mapToInt(o -> o.walkers).sum(), status,
					rate, amount, null));
			start = end;
		}
		return units;
	}

	private List<PayableUnit> applyLimits(List<PayableUnit> units, Ledger ledger) {
		Map<Long, Integer> paidPerAssociation = new HashMap<>(ledger.unitsPerAssociation());
		Money paidTotal = ledger.total();
		Integer quota = current.quotaPerAssociation();
		Money ceiling = current.budgetCeiling();
		List<PayableUnit> limited = new ArrayList<>();
		for (PayableUnit unit : units.stream().sorted(Comparator.comparing(PayableUnit::date)
			.thenComparing(u -> u.walkIds().get(0))).toList()) {
			if (unit.status() != UnitStatus.PAYABLE) {
				limited.add(unit);
				continue;
			}
			int paidSoFar = paidPerAssociation.getOrDefault(unit.associationId(), 0);
			UnitStatus status = quota != null && paidSoFar >= quota ? UnitStatus.OVER_QUOTA
					: ceiling != null && paidTotal.plus(unit.amount()).isGreaterThan(ceiling) ? UnitStatus.OVER_BUDGET
					: UnitStatus.PAYABLE;
			if (status == UnitStatus.PAYABLE) {
				paidPerAssociation.put(unit.associationId(), paidSoFar + 1);
				paidTotal = paidTotal.plus(unit.amount());
				limited.add(unit);
			}
			else {
				limited.add(new PayableUnit(unit.associationId(), unit.key(), unit.date(), unit.walkIds(),
						unit.occasionKeys(), unit.walkers(), status, unit.rate(), Money.ZERO, null));
			}
		}
		return limited;
	}

	/** Walks grouped into the occasions they count as, in date order; the walkers are the largest team's. */
	private List<Occasion> occasions(List<ApprovedWalk> walks) {
		Map<String, Occasion> occasions = new LinkedHashMap<>();
		for (ApprovedWalk walk : walks.stream().sorted(Comparator.comparing(ApprovedWalk::walkDate)
			.thenComparing(ApprovedWalk::walkId)).toList()) {
			String key = occasionKey(walk.walkId(), walk.walkDate());
			occasions.computeIfAbsent(Ledger.heldKey(walk.associationId(), key),
					k -> new Occasion(walk.associationId(), key, occasionDate(walk.walkDate()))).add(walk);
		}
		return occasions.values().stream().sorted(Comparator.comparing((Occasion o) -> o.date)
			.thenComparing(o -> o.walkIds.get(0))).toList();
	}

	private static boolean inPeriod(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	private static final class Occasion {

		final long associationId;

		final String key;

		final LocalDate date;

		final List<Long> walkIds = new ArrayList<>();

		int walkers;

		LocalDate lastWalkDate = LocalDate.MIN;

		Occasion(long associationId, String key, LocalDate date) {
			this.associationId = associationId;
			this.key = key;
			this.date = date;
		}

		void add(ApprovedWalk walk) {
			walkIds.add(walk.walkId());
			walkers = Math.max(walkers, walk.walkers());
			lastWalkDate = walk.walkDate().isAfter(lastWalkDate) ? walk.walkDate() : lastWalkDate;
		}

		PayableUnit unit(String unitKey, UnitStatus status, Money rate, Money amount, @Nullable Long paidBy) {
			return new PayableUnit(associationId, unitKey, date, List.copyOf(walkIds), List.of(key), walkers, status,
					rate, amount, paidBy);
		}
	}
}
