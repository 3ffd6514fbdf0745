package se.nattvandring.agreement;

import se.nattvandring.shared.Money;

/**
 * The part of an agreement's terms that says what one unit is worth, and so is versioned: the unit's kind, the base
 * rate, the rates by team size, and the block of N occasions that makes one unit (1 for no block).
 */
public record UnitPrice(CompensationUnit unit, Money rate, RateTable ratesByTeamSize, int blockSize,
		IncompleteBlock incompleteBlock) {

	/** The rate for a unit whose largest team had this many walkers present. */
	public Money rateFor(int walkers) {
		return ratesByTeamSize.rateFor(walkers).orElse(rate);
	}

	public boolean isBlock() {
		return blockSize > 1;
	}
}
