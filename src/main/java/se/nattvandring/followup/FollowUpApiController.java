package se.nattvandring.followup;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.PdfRenderer;
import se.nattvandring.shared.SwedishFormats;

@RestController
@Tag(name = "Follow-up", description = "An agreement's figures for a period, and the board's evaluation report")
class FollowUpApiController {

	private final FollowUp followUp;

	private final PdfRenderer pdf;

	private final SwedishFormats formats;

	FollowUpApiController(FollowUp followUp, PdfRenderer pdf, SwedishFormats formats) {
		this.followUp = followUp;
		this.pdf = pdf;
		this.formats = formats;
	}

	@GetMapping("/api/v1/agreements/{id}/statistics")
	@Operation(summary = "Walks planned, walked, approved and paid; walker-nights and hours; youth contacts by age "
			+ "band; observations by category. An association's contact gets its own part")
	Statistics statistics(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		return followUp.statistics(id, from, to, user);
	}

	@GetMapping("/api/v1/agreements/{id}/evaluation.pdf")
	@Operation(summary = "The board's evaluation report for the period, in Swedish, as a PDF")
	ResponseEntity<byte[]> evaluation(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		Statistics statistics = followUp.statistics(id, from, to, user);
		byte[] document = pdf.render("followup/evaluation-pdf", Map.of("s", statistics, "fmt", formats),
				java.util.Locale.forLanguageTag("sv"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("utvardering-" + id + "-" + from + "-" + to + ".pdf").build().toString())
			.body(document);
	}
}
