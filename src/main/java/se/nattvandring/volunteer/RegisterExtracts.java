package se.nattvandring.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.PdfRenderer;
import se.nattvandring.shared.SwedishFormats;

/**
 * A walker's register extract (registerutdrag, GDPR Art. 15): every row any module keeps about them, as JSON and as a
 * PDF. The walker asks for their own; their association's contact may fetch it for them.
 */
@Service
@Transactional(readOnly = true)
public class RegisterExtracts {

	/** The extract: when it was made, whose it is, and the rows per table. */
	public record RegisterExtract(Instant generatedAt, long walkerId, Map<String, List<Map<String, Object>>> tables) {
	}

	private final List<PersonalDataHolder> holders;

	private final Walkers walkers;

	private final PdfRenderer pdf;

	private final SwedishFormats formats;

	private final Clock clock;

	RegisterExtracts(List<PersonalDataHolder> holders, Walkers walkers, PdfRenderer pdf, SwedishFormats formats,
			Clock clock) {
		this.holders = holders;
		this.walkers = walkers;
		this.pdf = pdf;
		this.formats = formats;
		this.clock = clock;
	}

	public RegisterExtract extract(long walkerId, CurrentUser user) {
		Walker walker = walkers.record(walkerId, user);
		boolean self = walkers.self(user).map(w -> w.requiredId() == walkerId).orElse(false);
		if (!self && !walkers.mayManage(walker.associationId(), user)) {
			throw new org.springframework.security.access.AccessDeniedException("A walker's own, or their contact's");
		}
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		holders.forEach(holder -> tables.putAll(holder.extract(walkerId)));
		return new RegisterExtract(clock.instant(), walkerId, tables);
	}

	public byte[] pdf(RegisterExtract extract, Locale locale) {
		List<Map<String, Object>> sections = new ArrayList<>();
		extract.tables().forEach((table, rows) -> sections.add(Map.of("table", table, "rows",
				rows.stream().map(row -> {
					Map<String, String> shown = new LinkedHashMap<>();
					row.forEach((column, value) -> shown.put(column, formats.any(value)));
					return shown;
				}).toList())));
		return pdf.render("volunteer/extract-pdf", Map.of("extract", extract, "sections", sections,
				"generatedAt", formats.dateTime(extract.generatedAt())), locale);
	}

	/** The tables the holders cover, for the test that checks them against the schema. */
	List<String> coveredTables() {
		return holders.stream().flatMap(h -> h.tables().stream()).toList();
	}
}
