package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.ExtensionTerms;
import se.nattvandring.agreement.AgreementTerms.InvoicingTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.shared.FieldViolation;

/** The agreement form's and the API's bad input, each named at its field. */
class AgreementTermsValidatorTest {

	static final Map<Long, Organisation> ORGANISATIONS = Map.of(
			1L, new Organisation(1L, "Distrikt", OrganisationKind.DISTRICT_ADMINISTRATION, null, null),
			2L, new Organisation(2L, "Förening", OrganisationKind.ASSOCIATION, null, null),
			3L, new Organisation(3L, "Stiftelse", OrganisationKind.FOUNDATION, null, null));

	static AgreementTerms valid() {
		return new AgreementTerms("IOP nattvandring", "HÄ 2024/1", LocalDate.of(2024, 8, 29), "Älvsjö", null,
				LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31),
				List.of(new ExtensionTerms(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 12), "Nämnden", "HÄ 2")),
				List.of(new PartyTerms(1L, PartyRole.PRINCIPAL), new PartyTerms(2L, PartyRole.ASSOCIATION),
						new PartyTerms(3L, PartyRole.SUPPORTING), new PartyTerms(1L, PartyRole.FIELD_ASSISTANTS)),
				new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1700"), null, null,
						PaymentCadence.MONTHLY),
				new CriteriaTerms(3, 18, true, LocalTime.of(19, 0), LocalTime.of(3, 0), 180, 7),
				new InvoicingTerms("0007:2120000142", "KST 1", "Box 490"));
	}

	static List<FieldViolation> validate(AgreementTerms terms) {
		return new AgreementTermsValidator(ORGANISATIONS, caseNumber -> caseNumber.equals("HÄ 2024/TAKEN"))
			.validate(terms);
	}

	static List<String> fields(AgreementTerms terms) {
		return validate(terms).stream().map(v -> v.field() + "=" + v.messageKey()).toList();
	}

	@Test
	void theSeedAgreementIsValid() {
		assertThat(validate(valid())).isEmpty();
	}

	@Test
	void anEndBeforeTheStartIsRefusedAtTheEnd() {
		var terms = with(valid(), "periodEnd", LocalDate.of(2024, 8, 1));
		assertThat(fields(terms)).contains("periodEnd=agreement.error.periodEnd.beforeStart");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "0", "100000.01", "1700.005" })
	void aNegativeZeroAbsurdOrSubOreRateIsRefused(String rate) {
		var c = valid().compensation();
		var terms = with(valid(), "compensation",
				new CompensationTerms(c.unit(), new BigDecimal(rate), null, null, c.cadence()));
		assertThat(fields(terms)).anyMatch(f -> f.startsWith("compensation.rateSek="));
	}

	@Test
	void aWindowWhoseStartEqualsItsEndIsRefused() {
		var terms = with(valid(), "criteria",
				new CriteriaTerms(3, 18, true, LocalTime.of(19, 0), LocalTime.of(19, 0), 180, 7));
		assertThat(fields(terms)).contains("criteria.windowEnd=agreement.error.window.empty");
	}

	@Test
	void aMinimumDurationLongerThanTheWindowIsRefused() {
		var terms = with(valid(), "criteria",
				new CriteriaTerms(3, 18, true, LocalTime.of(19, 0), LocalTime.of(21, 0), 180, 7));
		assertThat(fields(terms)).contains("criteria.minDurationMinutes=agreement.error.duration.longerThanWindow");
	}

	@Test
	void unknownPartiesWrongKindsAndMissingRolesAreRefused() {
		var terms = with(valid(), "parties", List.of(new PartyTerms(99L, PartyRole.PRINCIPAL),
				new PartyTerms(3L, PartyRole.ASSOCIATION), new PartyTerms(null, PartyRole.SUPPORTING)));
		assertThat(fields(terms)).contains("parties[0].organisationId=agreement.error.party.unknown",
				"parties[1].role=agreement.error.party.wrongKind", "parties[2].organisationId=error.required",
				"parties=agreement.error.party.noPrincipal", "parties=agreement.error.party.noAssociation");
	}

	@Test
	void aDuplicateCaseNumberIsRefused() {
		assertThat(fields(with(valid(), "caseNumber", "HÄ 2024/TAKEN")))
			.containsExactly("caseNumber=agreement.error.caseNumber.taken");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
			"&lt;b&gt;" })
	void markupInAnyTextFieldIsRefused(String markup) {
		assertThat(fields(with(valid(), "title", markup))).containsExactly("title=error.markup");
		assertThat(fields(with(valid(), "area", markup))).containsExactly("area=error.markup");
		assertThat(fields(with(valid(), "invoicing", new InvoicingTerms(null, null, markup))))
			.containsExactly("invoicing.billingAddress=error.markup");
	}

	@Test
	void ordinaryPunctuationIsNotMarkup() {
		assertThat(validate(with(valid(), "purpose", "Fler vuxna ute: minst 3 < 5 & trygghet > rädsla."))).isEmpty();
	}

	@Test
	void anExtensionMustStayWithinItsOption() {
		var beyond = with(valid(), "extensionDecisions",
				List.of(new ExtensionTerms(LocalDate.of(2026, 12, 31), LocalDate.of(2024, 12, 12), "Nämnden", "")));
		assertThat(fields(beyond)).contains("extensionDecisions[0].extendedTo=agreement.error.extension.beyondOption");
		var noOption = with(valid(), "extensionPossibleUntil", null);
		assertThat(fields(noOption)).contains("extensionDecisions[0].extendedTo=agreement.error.extension.noOption");
	}

	@Test
	void anEmptyBodyNamesEveryRequiredField() {
		var empty = new AgreementTerms(null, null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(fields(empty)).contains("title=error.required", "caseNumber=error.required",
				"area=error.required", "periodStart=error.required", "periodEnd=error.required",
				"compensation.rateSek=error.required", "criteria.minWalkers=error.required",
				"parties=agreement.error.party.noPrincipal");
	}

	/** A copy of the terms with one component replaced, so each test states only what it changes. */
	static AgreementTerms with(AgreementTerms terms, String component, Object value) {
		var components = AgreementTerms.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = components[i].getName().equals(component) ? value
						: components[i].getAccessor().invoke(terms);
			}
			return AgreementTerms.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
