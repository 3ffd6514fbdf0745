package se.nattvandring.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import se.nattvandring.agreement.PaymentRule;
import se.nattvandring.payment.PaymentBasis.Line;

/**
 * The VAT inside a basis's total. The total is what the district pays, one figure everywhere; for an association
 * registered for VAT it holds 25 % VAT, split out here for the invoice and the voucher: each line's net amount, the net
 * sum, the VAT on it, and the öre of rounding that makes net, VAT and rounding add up to the total exactly.
 */
record BasisVat(boolean applies, BigDecimal net, BigDecimal tax, BigDecimal rounding) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static BasisVat of(BasisDocument document) {
		return of(paidLines(document).stream().map(Line::amount).toList(), document.association().vatRegistered());
	}

	/** The split of a credit note: the credited amounts, as the positive figures a credit note states. */
	static BasisVat ofCredit(BasisDocument document) {
		return of(paidLines(document).stream().map(line -> line.amount().negate()).toList(),
				document.association().vatRegistered());
	}

	static BasisVat of(List<BigDecimal> grossAmounts, boolean vatRegistered) {
		BigDecimal total = grossAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
		if (!vatRegistered) {
			return new BasisVat(false, total, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
		}
		BigDecimal net = grossAmounts.stream().map(BasisVat::net).reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
		BigDecimal tax = net.multiply(PaymentRule.VAT_PERCENT).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		return new BasisVat(true, net, tax, total.subtract(net).subtract(tax));
	}

	/** A line's amount less the VAT it holds, when VAT applies. */
	static BigDecimal net(BigDecimal gross) {
		return gross.multiply(HUNDRED).divide(HUNDRED.add(PaymentRule.VAT_PERCENT), 2, RoundingMode.HALF_UP);
	}

	static List<Line> paidLines(BasisDocument document) {
		return document.basis().lines().stream().filter(line -> line.paid() || line.status()
				== PaymentBasis.LineStatus.CREDIT).toList();
	}

	BigDecimal total() {
		return net.add(tax).add(rounding);
	}
}
