package se.nattvandring.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Swedish kronor. Every amount in the product is SEK, so the currency is the type rather than a field;
 * öre are kept (two decimals) because invoices and SIE files need them.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		amount = amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	public static Money sek(long kronor) {
		return new Money(BigDecimal.valueOf(kronor));
	}

	public static Money sek(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money times(long units) {
		return new Money(amount.multiply(BigDecimal.valueOf(units)));
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " SEK";
	}
}
