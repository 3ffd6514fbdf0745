package se.nattvandring.volunteer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.InvalidInputException;

@RestController
@Tag(name = "Walkers")
class WalkerImportApiController {

	record RowReason(String field, String message) {
	}

	record RowView(int line, WalkerImports.Outcome outcome, @Nullable Long walkerId, List<RowReason> reasons) {
	}

	record PreviewView(long id, int newWalkers, int matched, int refused, List<RowView> rows) {
	}

	private final WalkerImports imports;

	private final MessageSource messages;

	WalkerImportApiController(WalkerImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/associations/{id}/walker-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Read a member list (CSV or XLSX, first row the column names) and show each row as new, "
			+ "already a walker, or refused with its reasons; nothing is stored as a walker until it is confirmed")
	ResponseEntity<PreviewView> preview(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String birthDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate informedOn,
			CurrentUser user) {
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException unreadable) {
			throw new InvalidInputException("file", "walkerImport.error.unreadable");
		}
		WalkerImports.Preview preview = imports.preview(id, bytes,
				new WalkerImports.Columns(name, email, phone, birthDate), informedOn, user);
		return ResponseEntity.status(201).body(new PreviewView(preview.id(), preview.newWalkers(), preview.matched(),
				preview.refused(), preview.rows().stream().map(row -> new RowView(row.line(), row.outcome(),
						row.walkerId(), row.reasons().stream().map(reason -> new RowReason(reason.field(),
								messages.getMessage(reason.messageKey(), reason.arguments(), reason.messageKey(),
										LocaleContextHolder.getLocale()))).toList())).toList()));
	}

	@PostMapping("/api/v1/walker-imports/{id}/confirm")
	@Operation(summary = "Store the previewed new walkers; confirming again adds nobody")
	WalkerImports.ImportResult confirm(@PathVariable long id, CurrentUser user) {
		return imports.confirm(id, user);
	}
}
