package se.nattvandring.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import se.nattvandring.agreement.AgreementTerms;
import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.ExtensionTerms;
import se.nattvandring.agreement.AgreementTerms.InvoicingTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.identity.Organisation;

/** The seed decision's agreement, and its two-year renewal from this year, so the demo has a present and a future. */
final class DemoAgreements {

	static final String SEED_TITLE = "IOP nattvandring Älvsjö/Solberga";

	private DemoAgreements() {
	}

	static AgreementTerms seed(Map<String, Organisation> organisations) {
		return new AgreementTerms(SEED_TITLE, "HÄ 2024/1457", LocalDate.of(2024, 8, 29), "Älvsjö/Solberga",
				"Öka vuxennärvaron och tryggheten för barn och unga i Älvsjö/Solberga och förebygga brott, "
						+ "genom nattvandring kvällar och nätter.",
				LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31),
				List.of(new ExtensionTerms(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 12),
						"Hägersten-Älvsjö stadsdelsnämnd", "HÄ 2024/2210")),
				parties(organisations), rule(), criteria(), invoicing());
	}

	static AgreementTerms renewal(Map<String, Organisation> organisations, int year) {
		return new AgreementTerms(SEED_TITLE + " " + year + "–" + (year + 1), "HÄ " + (year - 1) + "/1893",
				LocalDate.of(year - 1, 11, 20), "Älvsjö/Solberga",
				"Fortsatt nattvandring efter uppföljningen som visade att samverkan fungerar.",
				LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), LocalDate.of(year + 2, 12, 31), List.of(),
				parties(organisations), renewalRule(), criteria(), invoicing());
	}

	/**
	 * The renewal's rate indexed from 1 July of its second year: a revision from a date, so that the agreement page
	 * shows the terms in force before it, and walks before the date keep the old rate.
	 */
	static AgreementTerms renewalIndexed(Map<String, Organisation> organisations, int year) {
		AgreementTerms renewal = renewal(organisations, year);
		return new AgreementTerms(renewal.title(), renewal.caseNumber(), renewal.decisionDate(), renewal.area(),
				renewal.purpose(), renewal.periodStart(), renewal.periodEnd(), renewal.extensionPossibleUntil(),
				renewal.extensionDecisions(), renewal.parties(),
				new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1750"), new BigDecimal("340000"), 100,
						PaymentCadence.MONTHLY),
				renewal.criteria(), renewal.invoicing(), LocalDate.of(year + 1, 7, 1));
	}

	private static List<PartyTerms> parties(Map<String, Organisation> organisations) {
		return List.of(
				new PartyTerms(organisations.get(DemoOrganisations.DISTRICT).id(), PartyRole.PRINCIPAL),
				new PartyTerms(organisations.get(DemoOrganisations.AIK).id(), PartyRole.ASSOCIATION),
				new PartyTerms(organisations.get(DemoOrganisations.FOLKPARKEN).id(), PartyRole.ASSOCIATION),
				new PartyTerms(organisations.get(DemoOrganisations.FOUNDATION).id(), PartyRole.SUPPORTING),
				new PartyTerms(organisations.get(DemoOrganisations.DISTRICT).id(), PartyRole.FIELD_ASSISTANTS));
	}

	private static CompensationTerms rule() {
		return new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1700"), null, null,
				PaymentCadence.MONTHLY);
	}

	/** The renewal caps its two years, so the planning calendar has a quota and a budget to count against. */
	private static CompensationTerms renewalRule() {
		return new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1700"), new BigDecimal("340000"), 100,
				PaymentCadence.MONTHLY);
	}

	private static CriteriaTerms criteria() {
		return new CriteriaTerms(3, 18, true, LocalTime.of(19, 0), LocalTime.of(3, 0), 180, 7);
	}

	private static InvoicingTerms invoicing() {
		return new InvoicingTerms("0007:2120000142", "HÄ-SOS-4711",
				"Hägersten-Älvsjö stadsdelsförvaltning, Box 490, 129 04 Hägersten");
	}
}
