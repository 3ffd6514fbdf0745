package se.nattvandring.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.PdfRenderer;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.SwedishFormats;

/**
 * The documents of a basis, each for whoever may read the basis: a PDF and a CSV of the lines, and, once issued, the
 * SIE voucher for the district's books and the Peppol invoice for the association to send. A draft has no voucher and
 * no invoice: only what is locked is booked or billed.
 */
@Service
@Transactional(readOnly = true)
public class BasisDocuments {

	/** The documents are in Swedish, as the finance office and the association file them. */
	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final PaymentBases bases;

	private final Agreements agreements;

	private final Organisations organisations;

	private final Accounts accounts;

	private final PaymentSettings settings;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final SwedishFormats formats;

	private final Clock clock;

	BasisDocuments(PaymentBases bases, Agreements agreements, Organisations organisations, Accounts accounts,
			PaymentSettings settings, PdfRenderer pdf, MessageSource messages, SwedishFormats formats, Clock clock) {
		this.formats = formats;
		this.bases = bases;
		this.agreements = agreements;
		this.organisations = organisations;
		this.accounts = accounts;
		this.settings = settings;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/** The documents of a basis, each with its media type and the ending of its file. */
	public enum Kind {
		PDF("application/pdf", "pdf"), CSV("text/csv;charset=UTF-8", "csv"), SIE("text/x-sie;charset=IBM437", "si"),
		PEPPOL("application/xml", "xml");

		private final String mediaType;

		private final String extension;

		Kind(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		/** The kind a page's link names, such as {@code pdf} or {@code peppol}. */
		public static Optional<Kind> named(String name) {
			return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name)).findFirst();
		}
	}

	/** A document as a file: what to send, its media type, and the name it is saved under. */
	public record File(byte[] body, String mediaType, String name) {
	}

	/**
	 * The document of that kind, read once with its basis. The voucher and the invoice need an issued basis: only
	 * what is locked is booked or billed. The voucher is the district's own bookkeeping.
	 * @throws AccessDeniedException for a voucher asked by anyone but the district's coordinator, attester or admin
	 * @throws RuleViolationException for a voucher or an invoice of a draft, or an invoice of a correction
	 */
	public File file(long basisId, Kind kind, CurrentUser user) {
		if (kind == Kind.SIE && !user.isAdmin() && !user.has(Role.DISTRICT_COORDINATOR)
				&& !user.has(Role.ATTESTER)) {
			throw new AccessDeniedException("The voucher is the district's");
		}
		BasisDocument document = kind == Kind.PDF || kind == Kind.CSV ? document(basisId, user)
				: issued(basisId, user);
		byte[] body = switch (kind) {
			case PDF -> pdf.render("payment/basis-pdf", Map.of("doc", document, "fmt", formats), SWEDISH);
			case CSV -> BasisCsv.write(document, messages, SWEDISH);
			case SIE -> SieVoucher.write(document);
			case PEPPOL -> {
				if (document.basis().isCorrection()) {
					// A correction is a credit note in Peppol (BIS Billing 3, type 381), which is not built yet.
					throw new RuleViolationException("payment.error.noCreditNoteYet");
				}
				yield PeppolInvoice.write(document);
			}
		};
		PaymentBasis basis = document.basis();
		return new File(body, kind.mediaType, "utbetalningsunderlag-NV-" + basis.agreementId() + "-" + basisId + "-"
				+ basis.from() + "." + kind.extension);
	}

	private BasisDocument issued(long basisId, CurrentUser user) {
		BasisDocument document = document(basisId, user);
		if (document.basis().status() == BasisStatus.DRAFT) {
			throw new RuleViolationException("payment.error.notIssued");
		}
		return document;
	}

	BasisDocument document(long basisId, CurrentUser user) {
		PaymentBasis basis = bases.get(basisId, user);
		AgreementDocument agreement = agreements.document(basis.agreementId(), user);
		long principal = agreements.principalOf(basis.agreementId())
			.orElseThrow(() -> new NotFoundException("agreement", basis.agreementId()));
		Map<Long, Organisation> parties = organisations.byIds(java.util.List.of(principal, basis.associationId()));
		LocalDate date = basis.issuedAt() != null ? LocalDate.ofInstant(basis.issuedAt(), StockholmTime.ZONE)
				: StockholmTime.today(clock);
		return new BasisDocument(basis, agreement, parties.get(principal), parties.get(basis.associationId()),
				settings.of(basis.agreementId()), name(basis.preparedBy()),
				basis.issuedBy() == null ? null : name(basis.issuedBy()),
				basis.attestedBy() == null ? null : name(basis.attestedBy()), date);
	}

	private String name(String username) {
		return accounts.displayName(username).orElse(username);
	}
}
