package se.nattvandring.agreement;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.Money;

/**
 * Terms that were in force from one date to another and were then revised: what a unit was worth and what made a walk
 * completed. A walk dated inside them is judged and paid under them, whenever it is approved or paid.
 */
@Table("agreement_terms_version")
public record TermsVersion(LocalDate effectiveFrom, LocalDate effectiveTo, CompensationUnit unit, Money rate,
		RateTable ratesByTeamSize, int blockSize, IncompleteBlock incompleteBlock,
		@Embedded.Empty(prefix = "criteria_") CompletionCriteria criteria) {

	static TermsVersion of(LocalDate from, LocalDate to, UnitPrice price, CompletionCriteria criteria) {
		return new TermsVersion(from, to, price.unit(), price.rate(), price.ratesByTeamSize(), price.blockSize(),
				price.incompleteBlock(), criteria);
	}

	public UnitPrice price() {
		return new UnitPrice(unit, rate, ratesByTeamSize, blockSize, incompleteBlock);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
	}
}
