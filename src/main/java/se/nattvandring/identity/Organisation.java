package se.nattvandring.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A district administration, an association or a foundation. Associations carry what payment needs to pay them. */
@Table("organisation")
public record Organisation(@Id @Nullable Long id, String name, OrganisationKind kind,
		@Nullable String organisationNumber, @Nullable String bankgiro) {

	public Organisation {
		if (organisationNumber != null && !SwedishNumbers.isValidOrganisationNumber(organisationNumber)) {
			throw new IllegalArgumentException("Organisation number fails the Luhn check: " + organisationNumber);
		}
		if (bankgiro != null && !SwedishNumbers.isValidBankgiro(bankgiro)) {
			throw new IllegalArgumentException("Bankgiro fails the Luhn check: " + bankgiro);
		}
	}

	public static Organisation of(String name, OrganisationKind kind) {
		return new Organisation(null, name, kind, null, null);
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Organisation not saved yet: " + name);
		}
		return id;
	}
}
