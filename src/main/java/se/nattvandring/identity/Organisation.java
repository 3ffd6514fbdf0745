package se.nattvandring.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A district administration, an association or a foundation. Associations carry what payment needs to pay them or to
 * invoice with them: organisation number, bankgiro or plusgiro, VAT status, Peppol ID and postal address.
 */
@Table("organisation")
public record Organisation(@Id @Nullable Long id, String name, OrganisationKind kind,
		@Nullable String organisationNumber, @Nullable String bankgiro, @Nullable String plusgiro,
		boolean vatRegistered, @Nullable String peppolId, @Nullable String streetAddress, @Nullable String postalCode,
		@Nullable String city) {

	@PersistenceCreator
	public Organisation {
		if (organisationNumber != null && !SwedishNumbers.isValidOrganisationNumber(organisationNumber)) {
			throw new IllegalArgumentException("Organisation number fails the Luhn check: " + organisationNumber);
		}
		if (bankgiro != null && !SwedishNumbers.isValidBankgiro(bankgiro)) {
			throw new IllegalArgumentException("Bankgiro fails the Luhn check: " + bankgiro);
		}
		if (plusgiro != null && !SwedishNumbers.isValidPlusgiro(plusgiro)) {
			throw new IllegalArgumentException("Plusgiro fails the Luhn check: " + plusgiro);
		}
		if (peppolId != null && !SwedishNumbers.isValidPeppolId(peppolId)) {
			throw new IllegalArgumentException("Not a Peppol participant identifier: " + peppolId);
		}
	}

	public Organisation(@Nullable Long id, String name, OrganisationKind kind, @Nullable String organisationNumber,
			@Nullable String bankgiro) {
		this(id, name, kind, organisationNumber, bankgiro, null, false, null, null, null, null);
	}

	public static Organisation of(String name, OrganisationKind kind) {
		return new Organisation(null, name, kind, null, null);
	}

	/** The same organisation with new invoicing details; the name and the kind are not the contact's to change. */
	public Organisation withInvoicing(InvoicingDetails details) {
		return new Organisation(id, name, kind, details.organisationNumber(), details.bankgiro(), details.plusgiro(),
				details.vatRegistered(), details.peppolId(), details.streetAddress(), details.postalCode(),
				details.city());
	}

	public InvoicingDetails invoicing() {
		return new InvoicingDetails(organisationNumber, bankgiro, plusgiro, vatRegistered, peppolId, streetAddress,
				postalCode, city);
	}

	/** The organisation number as ten digits, as Peppol's scheme 0007 and SIE want it. */
	public @Nullable String organisationDigits() {
		return organisationNumber == null ? null : organisationNumber.replace("-", "");
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Organisation not saved yet: " + name);
		}
		return id;
	}
}
