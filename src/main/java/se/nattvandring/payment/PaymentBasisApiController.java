package se.nattvandring.payment;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

@RestController
@Tag(name = "Payment", description = "Payment bases per association and period, their attest, documents and budget")
class PaymentBasisApiController {

	static final String CSV = "text/csv";

	private final PaymentBases bases;

	private final BasisDocuments documents;

	private final Budgets budgets;

	private final PaymentSettings settings;

	private final PaymentCorrections corrections;

	PaymentBasisApiController(PaymentBases bases, BasisDocuments documents, Budgets budgets,
			PaymentSettings settings, PaymentCorrections corrections) {
		this.corrections = corrections;
		this.bases = bases;
		this.documents = documents;
		this.budgets = budgets;
		this.settings = settings;
	}

	@GetMapping("/api/v1/agreements/{id}/payment-bases")
	@Operation(summary = "The agreement's payment bases, newest period first, with status and total")
	Page<PaymentBasis> list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return bases.ofAgreement(id, page, user);
	}

	@PostMapping("/api/v1/agreements/{id}/payment-bases")
	@Operation(summary = "Prepare a draft basis for one association and period from the approved, unpaid walks")
	ResponseEntity<PaymentBasis> prepare(@PathVariable long id, @RequestBody PaymentBases.Draft draft,
			CurrentUser user) {
		PaymentBasis basis = bases.prepare(id, draft, user);
		return ResponseEntity.created(URI.create("/api/v1/payment-bases/" + basis.id())).body(basis);
	}

	@GetMapping(path = "/api/v1/payment-bases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A basis as JSON; its documents are at /pdf, /csv, /sie and /peppol")
	PaymentBasis get(@PathVariable long id, CurrentUser user) {
		return bases.get(id, user);
	}

	/** The same document as {@link #pdf}, for a browser or a client that asks by Accept rather than by path. */
	@GetMapping(path = "/api/v1/payment-bases/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(hidden = true)
	ResponseEntity<byte[]> pdfByAccept(@PathVariable long id, CurrentUser user) {
		return pdf(id, user);
	}

	@GetMapping(path = "/api/v1/payment-bases/{id}", produces = CSV)
	@Operation(hidden = true)
	ResponseEntity<byte[]> csvByAccept(@PathVariable long id, CurrentUser user) {
		return csv(id, user);
	}

	@GetMapping(path = "/api/v1/payment-bases/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The basis as the PDF frozen at issue (or drawn now, for a draft)")
	ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
		return send(documents.file(id, BasisDocuments.Kind.PDF, user));
	}

	@GetMapping(path = "/api/v1/payment-bases/{id}/csv", produces = CSV)
	@Operation(summary = "The basis's lines as CSV, frozen at issue")
	ResponseEntity<byte[]> csv(@PathVariable long id, CurrentUser user) {
		return send(documents.file(id, BasisDocuments.Kind.CSV, user));
	}

	@GetMapping("/api/v1/payment-bases/{id}/sie")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/x-sie", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "The issued basis as an SIE 4I voucher file, code page IBM437")
	ResponseEntity<byte[]> sie(@PathVariable long id, CurrentUser user) {
		return send(documents.file(id, BasisDocuments.Kind.SIE, user));
	}

	@GetMapping("/api/v1/payment-bases/{id}/peppol")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/xml", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "The issued basis as a Peppol BIS Billing 3 UBL invoice from the association to the district")
	ResponseEntity<byte[]> peppol(@PathVariable long id, CurrentUser user) {
		return send(documents.file(id, BasisDocuments.Kind.PEPPOL, user));
	}

	@PostMapping("/api/v1/payment-bases/{id}/refresh")
	@Operation(summary = "Draw a draft again from the walks as they stand; an issued basis is never edited")
	PaymentBasis refresh(@PathVariable long id, CurrentUser user) {
		return bases.refresh(id, user);
	}

	@PostMapping("/api/v1/payment-bases/{id}/corrections")
	@Operation(summary = "Correct an issued basis: a new draft whose credit lines take back the named walks' units")
	ResponseEntity<PaymentBasis> correct(@PathVariable long id, @RequestBody PaymentCorrections.BasisCorrection correction,
			CurrentUser user) {
		PaymentBasis basis = corrections.correct(id, correction, user);
		return ResponseEntity.created(URI.create("/api/v1/payment-bases/" + basis.id())).body(basis);
	}

	@PostMapping("/api/v1/payment-bases/{id}/issue")
	@Operation(summary = "Issue the draft: it is locked and its walks are marked paid")
	PaymentBasis issue(@PathVariable long id, CurrentUser user) {
		return bases.issue(id, user);
	}

	@PostMapping("/api/v1/payment-bases/{id}/attest")
	@Operation(summary = "Attest an issued basis (beslutsattest), by someone with the attest right who did not issue it")
	PaymentBasis attest(@PathVariable long id, CurrentUser user) {
		return bases.attest(id, user);
	}

	@DeleteMapping("/api/v1/payment-bases/{id}")
	@Operation(summary = "Discard a draft")
	ResponseEntity<Void> discard(@PathVariable long id, CurrentUser user) {
		bases.discard(id, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/agreements/{id}/budget")
	@Operation(summary = "Spent, committed, remaining and a forecast to the period's end from the planned walks")
	Budgets.Budget budget(@PathVariable long id, CurrentUser user) {
		return budgets.of(id, user);
	}

	@GetMapping("/api/v1/agreements/{id}/payment-settings")
	@Operation(summary = "How the agreement pays (payout or invoice) and where the voucher books it")
	PaymentSettings.Accounts settings(@PathVariable long id, CurrentUser user) {
		return settings.of(id, user);
	}

	@PutMapping("/api/v1/agreements/{id}/payment-settings")
	@Operation(summary = "Set payout or invoice, the expense and liability accounts, the cost centre and the project")
	PaymentSettings.Accounts configure(@PathVariable long id, @RequestBody PaymentSettings.Accounts asked,
			CurrentUser user) {
		return settings.configure(id, asked, user);
	}

	/** A document as a download, for the API and the basis page alike. */
	@GetMapping("/api/v1/payment-bases/{id}/hashes")
	@Operation(summary = "The SHA-256 of every document kept for the issued basis, by kind and stage "
			+ "(ISSUED, ATTESTED), as an auditor checks a download against them")
	java.util.Map<String, String> hashes(@PathVariable long id, CurrentUser user) {
		return documents.hashes(id, user);
	}

	/** Sends a document with its SHA-256 as an RFC 9530 representation digest, so a receiver can check it. */
	static ResponseEntity<byte[]> send(BasisDocuments.File file) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder()
				.encodeToString(java.util.HexFormat.of().parseHex(file.sha256())) + ":")
			.body(file.body());
	}
}
