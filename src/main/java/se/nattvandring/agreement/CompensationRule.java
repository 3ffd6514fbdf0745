package se.nattvandring.agreement;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.Money;

/**
 * What a completed walk is worth under an agreement's current terms: the price of a unit (its kind, its rate, a rate
 * table by team size, a block of N occasions) and the agreement's limits (a quota per association, a budget ceiling)
 * and cadence. The limits hold for the whole agreement; the price is versioned, see {@link PaymentRule}.
 */
public record CompensationRule(CompensationUnit unit, Money rate, RateTable ratesByTeamSize, int blockSize,
		IncompleteBlock incompleteBlock, @Nullable Money budgetCeiling, @Nullable Integer quotaPerAssociation,
		PaymentCadence cadence, boolean rateIncludesVat) {

	public CompensationRule {
		ratesByTeamSize = ratesByTeamSize == null ? RateTable.NONE : ratesByTeamSize;
		incompleteBlock = incompleteBlock == null ? IncompleteBlock.NOTHING : incompleteBlock;
		blockSize = Math.max(1, blockSize);
	}

	/** Rates net of VAT, as the seed's and most IOP agreements' are. */
	public CompensationRule(CompensationUnit unit, Money rate, RateTable ratesByTeamSize, int blockSize,
			IncompleteBlock incompleteBlock, @Nullable Money budgetCeiling, @Nullable Integer quotaPerAssociation,
			PaymentCadence cadence) {
		this(unit, rate, ratesByTeamSize, blockSize, incompleteBlock, budgetCeiling, quotaPerAssociation, cadence,
				false);
	}

	/** The same rule with one rate per walk and no table or block: the seed's shape. */
	public CompensationRule(CompensationUnit unit, Money rate, @Nullable Money budgetCeiling,
			@Nullable Integer quotaPerAssociation, PaymentCadence cadence) {
		this(unit, rate, RateTable.NONE, 1, IncompleteBlock.NOTHING, budgetCeiling, quotaPerAssociation, cadence);
	}

	public UnitPrice price() {
		return new UnitPrice(unit, rate, ratesByTeamSize, blockSize, incompleteBlock);
	}
}
