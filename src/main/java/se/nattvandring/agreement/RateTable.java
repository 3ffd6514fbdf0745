package se.nattvandring.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import se.nattvandring.shared.Money;

/**
 * Rates by team size, such as Karlskrona's "4 or more: 2 000 kr; 3: 1 500 kr". A team gets the rate of the largest
 * step it reaches; a team below every step gets the agreement's base rate. Empty means the base rate for every team.
 */
public record RateTable(List<Step> steps) {

	/** From this many walkers present, this rate. */
	public record Step(int minWalkers, Money rate) {
	}

	public static final RateTable NONE = new RateTable(List.of());

	public RateTable {
		steps = steps.stream().sorted(Comparator.comparingInt(Step::minWalkers).reversed()).toList();
	}

	/** The rate of the largest step the team reaches, if any. */
	public Optional<Money> rateFor(int walkers) {
		return steps.stream().filter(step -> walkers >= step.minWalkers()).map(Step::rate).findFirst();
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}

	/** As the column keeps it: {@code 4:2000.00;3:1500.00}. */
	public String asText() {
		return steps.stream().map(s -> s.minWalkers() + ":" + s.rate().amount().toPlainString())
			.collect(Collectors.joining(";"));
	}

	public static RateTable parse(String text) {
		List<Step> steps = new ArrayList<>();
		for (String step : text.split(";")) {
			if (!step.isBlank()) {
				String[] parts = step.split(":");
				steps.add(new Step(Integer.parseInt(parts[0].strip()), new Money(new BigDecimal(parts[1].strip()))));
			}
		}
		return new RateTable(steps);
	}

	@Override
	public String toString() {
		return asText();
	}
}
