package se.nattvandring.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import se.nattvandring.agreement.AgreementTerms;
import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.agreement.PaymentCadence;

/** Valid terms for tests in other modules that need an agreement of their own. */
public final class AgreementTestTerms {

	private AgreementTestTerms() {
	}

	public static AgreementTerms onlyWith(long district, long association, String caseNumber) {
		return new AgreementTerms("Test " + caseNumber, caseNumber, LocalDate.of(2026, 1, 10), "Fruängen", null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, List.of(),
				List.of(new PartyTerms(district, PartyRole.PRINCIPAL), new PartyTerms(association, PartyRole.ASSOCIATION)),
				new CompensationTerms(CompensationUnit.PER_EVENING, new BigDecimal("1500"), null, null,
						PaymentCadence.QUARTERLY),
				new CriteriaTerms(2, 20, false, LocalTime.of(19, 0), LocalTime.of(1, 0), 120, 7), null);
	}
}
