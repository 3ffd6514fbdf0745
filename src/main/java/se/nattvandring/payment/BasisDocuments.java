package se.nattvandring.payment;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.Hashes;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;

/**
 * The documents of a basis, each for whoever may read the basis: a PDF and a CSV of the lines, and, once issued, the
 * SIE voucher for the district's books and the Peppol invoice for the association to send. A draft has no voucher and
 * no invoice: only what is locked is booked or billed. Once issued, every document is the one kept in
 * {@link BasisArchive}, made from the basis's snapshot, so a change in the live records never reaches it.
 */
@Service
@Transactional(readOnly = true)
public class BasisDocuments {

	private final PaymentBases bases;

	private final BasisAssembler assembler;

	private final BasisRenderer renderer;

	private final BasisArchive archive;

	private final Clock clock;

	BasisDocuments(PaymentBases bases, BasisAssembler assembler, BasisRenderer renderer, BasisArchive archive,
			Clock clock) {
		this.bases = bases;
		this.assembler = assembler;
		this.renderer = renderer;
		this.archive = archive;
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

	/** A document as a file: what to send, its media type, the name it is saved under, and its SHA-256. */
	public record File(byte[] body, String mediaType, String name, String sha256) {
	}

	/**
	 * The document of that kind. An issued basis's is the file kept when it was issued (or attested), byte for byte;
	 * a draft's is made from the live records. The voucher and the invoice need an issued basis: only what is locked
	 * is booked or billed. The voucher is the district's own bookkeeping.
	 * @throws AccessDeniedException for a voucher asked by anyone but the district's coordinator or attester
	 * @throws RuleViolationException for a voucher or an invoice of a draft
	 */
	public File file(long basisId, Kind kind, CurrentUser user) {
		if (kind == Kind.SIE && !user.has(Role.DISTRICT_COORDINATOR) && !user.has(Role.ATTESTER)) {
			throw new AccessDeniedException("The voucher is the district's");
		}
		PaymentBasis basis = bases.get(basisId, user);
		if (basis.status() == BasisStatus.DRAFT && (kind == Kind.SIE || kind == Kind.PEPPOL)) {
			throw new RuleViolationException("payment.error.notIssued");
		}
		String name = "utbetalningsunderlag-NV-" + basis.agreementId() + "-" + basisId + "-" + basis.from() + "."
				+ kind.extension;
		if (basis.status() != BasisStatus.DRAFT) {
			BasisArchive.Kept kept = archive.document(basisId, kind)
				.orElseThrow(() -> new IllegalStateException("Issued basis " + basisId + " has no kept " + kind));
			return new File(kept.body(), kind.mediaType, name, kept.sha256());
		}
		byte[] body = renderer.render(document(basisId, user), kind);
		return new File(body, kind.mediaType, name, Hashes.sha256Hex(body));
	}

	/** What the basis's documents print: the frozen snapshot once issued, the live records for a draft. */
	BasisDocument document(long basisId, CurrentUser user) {
		PaymentBasis basis = bases.get(basisId, user);
		if (basis.status() != BasisStatus.DRAFT) {
			return archive.snapshot(basisId).map(frozen -> new BasisDocument(basis, frozen.agreement(),
					frozen.district(), frozen.association(), frozen.booking(), frozen.preparedBy(), frozen.issuedBy(),
					basis.attestedBy() == null ? null : assembler.name(basis.attestedBy()), frozen.documentDate()))
				.orElseGet(() -> assembler.assemble(basis, user, StockholmTime.today(clock)));
		}
		return assembler.assemble(basis, user, StockholmTime.today(clock));
	}

	/** The SHA-256 of every kept document of the basis, by kind and stage, as an auditor checks them. */
	public Map<String, String> hashes(long basisId, CurrentUser user) {
		bases.get(basisId, user);
		return archive.hashes(basisId);
	}
}
