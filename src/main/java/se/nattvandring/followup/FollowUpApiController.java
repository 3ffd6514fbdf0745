package se.nattvandring.followup;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;
import se.nattvandring.shared.PdfRenderer;
import se.nattvandring.shared.SwedishFormats;

@RestController
@Tag(name = "Follow-up", description = "An agreement's figures for a period, and the board's evaluation report")
class FollowUpApiController {

	private final FollowUp followUp;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final EvaluationReports reports;

	private final FollowUpExports exports;

	private final PdfRenderer pdf;

	private final SwedishFormats formats;

	FollowUpApiController(FollowUp followUp, EvaluationReports reports, FollowUpExports exports, PdfRenderer pdf,
			SwedishFormats formats) {
		this.followUp = followUp;
		this.reports = reports;
		this.exports = exports;
		this.pdf = pdf;
		this.formats = formats;
	}

	@GetMapping("/api/v1/agreements/{id}/statistics")
	@Operation(summary = "Walks planned, walked, approved and paid; walker-nights and hours; youth contacts by age "
			+ "band; observations by category. An association's contact gets its own part")
	Statistics statistics(@PathVariable long id, @ParameterObject PeriodQuery period, CurrentUser user) {
		return followUp.statistics(id, period.from(), period.to(), user);
	}

	@GetMapping("/api/v1/agreements/{id}/evaluation.pdf")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "The board's evaluation report for the period, in Swedish, as a PDF")
	ResponseEntity<byte[]> evaluation(@PathVariable long id, @ParameterObject PeriodQuery period, CurrentUser user) {
		EvaluationReports.Report report = reports.report(id, period.from(), period.to(), user);
		byte[] document = pdf.render("followup/evaluation-pdf", Map.of("s", report.s(), "r", report, "fmt", formats),
				java.util.Locale.forLanguageTag("sv"));
		return file(document, MediaType.APPLICATION_PDF, period.fileName("utvardering", id, "pdf"));
	}

	@GetMapping("/api/v1/agreements/{id}/statistics.xlsx")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "The period's key figures against the period before, observations by month, places and "
			+ "walks, as a workbook")
	ResponseEntity<byte[]> workbook(@PathVariable long id, @ParameterObject PeriodQuery period, CurrentUser user) {
		return file(exports.workbook(id, period.from(), period.to(), user), XLSX,
				period.fileName("uppfoljning", id, "xlsx"));
	}

	@GetMapping("/api/v1/agreements/{id}/statistics.csv")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "The period's key figures and its walks as CSV (semicolons, decimal commas, UTF-8 with BOM)")
	ResponseEntity<byte[]> csv(@PathVariable long id, @ParameterObject PeriodQuery period, CurrentUser user) {
		return file(exports.csv(id, period.from(), period.to(), user), CSV,
				period.fileName("uppfoljning", id, "csv"));
	}

	@GetMapping("/api/v1/agreements/{id}/open-data.csv")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	@Operation(summary = "Visits and observations per month and agreed place, with counts of 1 and 2 suppressed")
	ResponseEntity<byte[]> openData(@PathVariable long id, @ParameterObject PeriodQuery period, CurrentUser user) {
		return file(exports.openData(id, period.from(), period.to(), user), CSV,
				period.fileName("oppna-data", id, "csv"));
	}

	@GetMapping("/api/v1/follow-up/comparison")
	@Operation(summary = "Up to four agreements' key figures for one period, side by side")
	Page<FollowUp.Compared> comparison(@RequestParam(name = "agreement", required = false) @Nullable List<Long> ids,
			@ParameterObject PeriodQuery period, CurrentUser user) {
		List<FollowUp.Compared> compared = followUp.compare(ids == null ? List.of() : ids, period.from(), period.to(), user);
		return Page.of(compared, 0, Math.max(1, compared.size()));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
