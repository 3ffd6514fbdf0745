package se.nattvandring.payment;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.nattvandring.payment.BasisDocuments.Kind;
import se.nattvandring.shared.PdfRenderer;
import se.nattvandring.shared.SwedishFormats;

/** Makes one document of a basis from what it prints, and from nothing else. */
@Component
class BasisRenderer {

	/** The documents are in Swedish, as the finance office and the association file them. */
	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final SwedishFormats formats;

	BasisRenderer(PdfRenderer pdf, MessageSource messages, SwedishFormats formats) {
		this.pdf = pdf;
		this.messages = messages;
		this.formats = formats;
	}

	byte[] render(BasisDocument document, Kind kind) {
		return switch (kind) {
			case PDF -> pdf.render("payment/basis-pdf", Map.of("doc", document, "fmt", formats), SWEDISH);
			case CSV -> BasisCsv.write(document, messages, SWEDISH);
			case SIE -> SieVoucher.write(document);
			case PEPPOL -> document.basis().isCorrection() ? PeppolCreditNote.write(document)
					: PeppolInvoice.write(document);
		};
	}
}
