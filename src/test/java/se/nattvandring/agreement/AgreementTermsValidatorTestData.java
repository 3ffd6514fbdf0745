package se.nattvandring.agreement;

import java.math.BigDecimal;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.support.AgreementTestTerms;

/** Valid terms for tests that need an agreement of their own. */
final class AgreementTermsValidatorTestData {

	private AgreementTermsValidatorTestData() {
	}

	static AgreementTerms termsFor(long district, long association, String caseNumber) {
		return AgreementTestTerms.onlyWith(district, association, caseNumber);
	}

	static AgreementTerms withRate(AgreementTerms terms, String rate) {
		var c = terms.compensation();
		return AgreementTermsValidatorTest.with(terms, "compensation",
				new CompensationTerms(c.unit(), new BigDecimal(rate), c.budgetCeilingSek(), c.quotaPerAssociation(),
						c.cadence()));
	}
}
