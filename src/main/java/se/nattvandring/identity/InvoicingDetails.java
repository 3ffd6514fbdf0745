package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.TextChecks;

/** An association's invoicing details, as its contact types them and as a payment basis prints them. */
public record InvoicingDetails(@Nullable String organisationNumber, @Nullable String bankgiro,
		@Nullable String plusgiro, boolean vatRegistered, @Nullable String peppolId, @Nullable String streetAddress,
		@Nullable String postalCode, @Nullable String city) {

	static final int TEXT_LENGTH = 200;

	/** The same details with these payee details: the organisation number, the bankgiro and the plusgiro. */
	InvoicingDetails withPayee(@Nullable String number, @Nullable String giro, @Nullable String plus) {
		return new InvoicingDetails(number, giro, plus, vatRegistered, peppolId, streetAddress, postalCode, city);
	}

	/** Blank fields become absent, and numbers are written as the registers write them. */
	public InvoicingDetails normalised() {
		return new InvoicingDetails(blank(organisationNumber), blank(bankgiro), blank(plusgiro), vatRegistered,
				blank(peppolId), blank(streetAddress), postalCode(blank(postalCode)), blank(city));
	}

	List<FieldViolation> problems() {
		List<FieldViolation> problems = new ArrayList<>();
		if (organisationNumber != null && !SwedishNumbers.isValidOrganisationNumber(organisationNumber)) {
			problems.add(new FieldViolation("organisationNumber", "invoicing.error.organisationNumber"));
		}
		if (bankgiro != null && !SwedishNumbers.isValidBankgiro(bankgiro)) {
			problems.add(new FieldViolation("bankgiro", "invoicing.error.bankgiro"));
		}
		if (plusgiro != null && !SwedishNumbers.isValidPlusgiro(plusgiro)) {
			problems.add(new FieldViolation("plusgiro", "invoicing.error.plusgiro"));
		}
		if (peppolId != null && !SwedishNumbers.isValidPeppolId(peppolId)) {
			problems.add(new FieldViolation("peppolId", "invoicing.error.peppolId"));
		}
		if (postalCode != null && !postalCode.matches("\\d{3} \\d{2}")) {
			problems.add(new FieldViolation("postalCode", "invoicing.error.postalCode"));
		}
		TextChecks.problem("streetAddress", streetAddress, false, TEXT_LENGTH).ifPresent(problems::add);
		TextChecks.problem("city", city, false, TEXT_LENGTH).ifPresent(problems::add);
		return problems;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable String postalCode(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String digits = code.replace(" ", "");
		return digits.matches("\\d{5}") ? digits.substring(0, 3) + " " + digits.substring(3) : code;
	}
}
