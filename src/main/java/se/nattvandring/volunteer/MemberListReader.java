package se.nattvandring.volunteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.nattvandring.shared.InvalidInputException;

/**
 * Reads a member list as a register exports it: an XLSX workbook (IdrottOnline's export, read with Apache POI, as the
 * follow-up's workbook is written) or a CSV file (Apache Commons CSV), with semicolons or commas, in UTF-8 (with or
 * without a BOM) or, as older Excel writes it, Windows-1252. The first row names the columns.
 */
final class MemberListReader {

	/** A list as read: the column names and each row's cells, in the names' order. */
	record Table(List<String> columns, List<List<String>> rows) {
	}

	static final int MAX_ROWS = 10_000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private MemberListReader() {
	}

	static Table read(byte[] file) {
		Table table = startsWith(file, ZIP) ? workbook(file) : csv(text(file));
		if (table.columns().isEmpty() || table.columns().stream().allMatch(String::isBlank)) {
			throw new InvalidInputException("file", "walkerImport.error.noHeader");
		}
		if (table.rows().size() > MAX_ROWS) {
			throw new InvalidInputException("file", "walkerImport.error.tooManyRows", MAX_ROWS);
		}
		return table;
	}

	private static Table csv(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
			.setTrim(true).get();
		List<String> columns = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		try (var parser = format.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (columns.isEmpty()) {
					columns.addAll(cells);
				}
				else {
					rows.add(cells);
				}
				if (rows.size() > MAX_ROWS) {
					break;
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
			throw new InvalidInputException("file", "walkerImport.error.unreadable");
		}
		return new Table(columns, rows);
	}

	private static Table workbook(byte[] file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("sv"));
			List<String> columns = new ArrayList<>();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), columns.size()); i++) {
					cells.add(cell(row.getCell(i), formatter));
				}
				if (columns.isEmpty()) {
					columns.addAll(cells);
				}
				else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
					rows.add(cells);
				}
				if (rows.size() > MAX_ROWS) {
					break;
				}
			}
			return new Table(columns, rows);
		}
		catch (IOException | RuntimeException unreadable) {
			throw new InvalidInputException("file", "walkerImport.error.unreadable");
		}
	}

	/** A date cell as an ISO date, whatever its display format; any other cell as it is shown. */
	private static String cell(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static String text(byte[] file) {
		int bom = startsWith(file, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file, bom, file.length - bom))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(file, Charset.forName("windows-1252"));
		}
	}

	private static boolean startsWith(byte[] file, byte[] prefix) {
		if (file.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (file[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static long count(String line, char c) {
		return line.chars().filter(ch -> ch == c).count();
	}
}
