package se.nattvandring.payment;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.nattvandring.payment.PaymentBasis.Line;

/**
 * The basis as Swedish Excel opens it with a double click: UTF-8 with a byte-order mark, semicolons between fields and
 * decimal commas, one line per unit and the total last.
 */
final class BasisCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private BasisCsv() {
	}

	static byte[] write(BasisDocument document, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder();
		row(csv, List.of(text(messages, "payment.csv.date", locale), text(messages, "payment.csv.unit", locale),
				text(messages, "payment.csv.walks", locale), text(messages, "payment.csv.walkers", locale),
				text(messages, "payment.csv.hours", locale), text(messages, "payment.csv.status", locale),
				text(messages, "payment.csv.rate", locale), text(messages, "payment.csv.amount", locale)));
		for (Line line : document.basis().lines()) {
			row(csv, List.of(line.date().toString(), line.unitKey(), String.valueOf(line.walkIds().size()),
					String.valueOf(line.walkers()), decimal(line.hours()),
					messages.getMessage("payment.lineStatus." + line.status().name(), line.paidByBasis() == null ? null
							: new Object[] { "NV-" + document.basis().agreementId() + "-" + line.paidByBasis() }, locale),
					decimal(line.rate()),
					decimal(line.amount())));
		}
		row(csv, List.of(text(messages, "payment.csv.total", locale), "", "", "", "", "", "",
				decimal(document.total())));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void row(StringBuilder csv, List<String> fields) {
		csv.append(String.join(";", fields.stream().map(BasisCsv::quoted).toList())).append("\r\n");
	}

	/** A field with a semicolon, a quote or a line break is quoted, its quotes doubled. */
	static String quoted(String field) {
		return field.matches("(?s).*[;\"\\r\\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
	}

	static String decimal(BigDecimal amount) {
		return amount.toPlainString().replace('.', ',');
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
