package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.identity.Organisation;
import se.nattvandring.shared.StockholmTime;

/**
 * Everything a basis's documents print: the basis, the agreement with its diarienummer and the district's invoicing
 * reference, the paying district, the association with its invoicing details, the booking, and the two people.
 */
public record BasisDocument(PaymentBasis basis, AgreementDocument agreement, Organisation district, Organisation association,
		PaymentSettings.Accounts booking, String preparedBy, @Nullable String issuedBy, @Nullable String attestedBy,
		LocalDate documentDate) {

	/** The basis's number on every document: NV, the agreement, the basis ("NV-1-12"). */
	public String number() {
		return "NV-" + agreement.id() + "-" + basis.id();
	}

	public BigDecimal total() {
		return basis.total();
	}

	@Nullable
	public LocalDate issuedOn() {
		return basis.issuedAt() == null ? null : LocalDate.ofInstant(basis.issuedAt(), StockholmTime.ZONE);
	}

	@Nullable
	public LocalDate attestedOn() {
		return basis.attestedAt() == null ? null : LocalDate.ofInstant(basis.attestedAt(), StockholmTime.ZONE);
	}

	/** Payment is due thirty days after the document date, as municipal payment terms commonly are. */
	public LocalDate dueDate() {
		return documentDate.plusDays(30);
	}
}
