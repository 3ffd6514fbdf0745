package se.nattvandring.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.walk.ObservationCategory;
import se.nattvandring.walk.WalkStatistics;

/**
 * The follow-up as files: a workbook and a CSV of the figures and the walks, and open data per month and place. Each
 * is read in one repeatable-read transaction, so walks reported meanwhile never make a file disagree with itself, and
 * is built whole before it is sent, so a failure gives an error and never half a file.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class FollowUpExports {

	/** Below this, a count could point at a person; open data shows {@link #SUPPRESSED} instead. */
	static final int SMALLEST_PUBLISHED = 3;

	static final String SUPPRESSED = "..";

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final FollowUp followUp;

	private final WalkStatistics statistics;

	private final MessageSource messages;

	FollowUpExports(FollowUp followUp, WalkStatistics statistics, MessageSource messages) {
		this.followUp = followUp;
		this.statistics = statistics;
		this.messages = messages;
	}

	/** Sheets: key figures against the period before, observations by month, places, and the walks. */
	public byte[] workbook(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser user) {
		Statistics s = followUp.statistics(agreementId, from, to, user);
		try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet figures = book.createSheet(text("export.sheet.figures"));
			row(figures, 0, text("evaluation.figure"), text("evaluation.previousPeriod"), text("evaluation.thisPeriod"));
			int r = 1;
			for (Object[] figure : keyFigures(s)) {
				row(figures, r++, figure);
			}
			Sheet months = book.createSheet(text("export.sheet.months"));
			List<Object> head = new ArrayList<>(List.of(text("evaluation.month")));
			for (ObservationCategory category : ObservationCategory.values()) {
				head.add(text("observation." + category.name()));
			}
			row(months, 0, head.toArray());
			r = 1;
			for (Statistics.MonthObservations month : s.observationsByMonth()) {
				List<Object> cells = new ArrayList<>(List.of(month.month().toString()));
				cells.addAll(month.byCategory().values());
				row(months, r++, cells.toArray());
			}
			Sheet places = book.createSheet(text("export.sheet.places"));
			row(places, 0, text("evaluation.place"), text("evaluation.plannedVisits"), text("evaluation.visits"),
					text("evaluation.observationsTotal"), text("evaluation.observationsUnder18Short"));
			r = 1;
			for (Statistics.PlaceCoverage place : s.placeCoverage()) {
				row(places, r++, place.name(), place.plannedVisits(), place.visits(), place.observations(),
						place.observationsInvolvingUnder18());
			}
			Sheet walks = book.createSheet(text("export.sheet.walks"));
			row(walks, 0, walkHeader());
			int[] next = { 1 };
			statistics.eachWalk(agreementId, s.associationId(), s.from(), s.to(),
					walk -> row(walks, next[0]++, walkCells(walk)));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The walks of the period, one per line, after the key figures: what a spreadsheet user filters. */
	public byte[] csv(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser user) {
		Statistics s = followUp.statistics(agreementId, from, to, user);
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, text("evaluation.figure"), text("evaluation.previousPeriod"), text("evaluation.thisPeriod"));
		for (Object[] figure : keyFigures(s)) {
			line(csv, figure);
		}
		csv.append("\r\n");
		line(csv, walkHeader());
		statistics.eachWalk(agreementId, s.associationId(), s.from(), s.to(), walk -> line(csv, walkCells(walk)));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Visits and observations per month and agreed place, for anyone to publish. A count of 1 or 2 is suppressed, and
	 * there are no totals beside them from which a suppressed count could be worked out. For the same reason the file
	 * is one and the same for every reader: whole calendar months, as two periods a day apart would give a hidden
	 * count away by subtraction, and the whole agreement, as an association's part beside it would do the same.
	 */
	public byte[] openData(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser user) {
		FollowUp.AgreedPlaceMonths agreed = followUp.atAgreedPlaces(agreementId,
				from == null ? null : from.withDayOfMonth(1),
				to == null ? null : to.with(TemporalAdjusters.lastDayOfMonth()), user);
		Map<Long, String> names = agreed.places();
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, "month", "place", "visits", "observations", "observations_involving_under_18");
		for (WalkStatistics.MonthAtPlace row : agreed.months()) {
			if (row.placeId() == null || !names.containsKey(row.placeId())) {
				continue; // only the agreed places are public; a point elsewhere could be somebody's home
			}
			line(csv, row.month().toString(), names.get(row.placeId()), published(row.visits()),
					published(row.observations()), published(row.observationsInvolvingUnder18()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String published(long count) {
		return count > 0 && count < SMALLEST_PUBLISHED ? SUPPRESSED : String.valueOf(count);
	}

	private List<Object[]> keyFigures(Statistics s) {
		Statistics.KeyFigures now = s.keyFigures();
		Statistics.KeyFigures before = s.previous();
		return List.of(
				new Object[] { text("evaluation.plannedWalks"), before.plannedWalks(), now.plannedWalks() },
				new Object[] { text("evaluation.walkedWalks"), before.walkedWalks(), now.walkedWalks() },
				new Object[] { text("evaluation.approvedWalks"), before.approvedWalks(), now.approvedWalks() },
				new Object[] { text("evaluation.walkerNights"), before.walkerNights(), now.walkerNights() },
				new Object[] { text("evaluation.walkerHours"), before.walkerHours(), now.walkerHours() },
				new Object[] { text("evaluation.uniqueWalkers"), before.uniqueWalkers(), now.uniqueWalkers() },
				new Object[] { text("evaluation.youthTotal"), before.youthContacts(), now.youthContacts() },
				new Object[] { text("evaluation.observationsTotal"), before.observations(), now.observations() },
				new Object[] { text("evaluation.observationsUnder18"), before.observationsInvolvingUnder18(),
						now.observationsInvolvingUnder18() },
				new Object[] { text("evaluation.paid"), before.paidSek(), now.paidSek() });
	}

	private Object[] walkHeader() {
		return new Object[] { text("export.walk.id"), text("export.walk.date"), text("export.walk.association"),
				text("export.walk.status"), text("export.walk.walkers"), text("export.walk.hours"),
				text("evaluation.visits"), text("evaluation.observationsTotal"), text("evaluation.youthTotal"),
				text("export.walk.reported") };
	}

	private Object[] walkCells(WalkStatistics.WalkRow walk) {
		return new Object[] { walk.walkId(), walk.date().toString(), walk.association(),
				text("walkStatus." + walk.status().name()), walk.walkers(), walk.hours() == null ? "" : walk.hours(),
				walk.visits(), walk.observations(), walk.youthContacts(),
				text(walk.reported() ? "export.yes" : "export.no") };
	}

	private static void row(Sheet sheet, int index, Object... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			Object cell = cells[i];
			if (cell instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(String.valueOf(cell));
			}
		}
	}

	/** Semicolons and decimal commas, as Swedish Excel opens them; a field with a separator or quote is quoted. */
	private static void line(StringBuilder csv, Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			Object cell = cells[i];
			String text = cell instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',')
					: String.valueOf(cell);
			if (!(cell instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text; // a cell a spreadsheet would run as a formula
			}
			if (text.contains(";") || text.contains("\"") || text.contains("\n")) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			csv.append(i == 0 ? "" : ";").append(text);
		}
		csv.append("\r\n");
	}

	private String text(String key) {
		return messages.getMessage(key, null, SWEDISH);
	}
}
