package se.nattvandring.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A change of where the money goes, asked for and not yet confirmed: the organisation number, the bankgiro and the
 * plusgiro as the association's contact typed them, and who asked when.
 */
public record PayeeChange(long organisationId, @Nullable String organisationNumber, @Nullable String bankgiro,
		@Nullable String plusgiro, String requestedBy, Instant requestedAt) {

	/** The names of the fields that differ from the organisation's confirmed details. */
	public List<String> fieldsChangedFrom(Organisation confirmed) {
		List<String> fields = new ArrayList<>();
		if (!Objects.equals(organisationNumber, confirmed.organisationNumber())) {
			fields.add("organisationNumber");
		}
		if (!Objects.equals(bankgiro, confirmed.bankgiro())) {
			fields.add("bankgiro");
		}
		if (!Objects.equals(plusgiro, confirmed.plusgiro())) {
			fields.add("plusgiro");
		}
		return fields;
	}
}
