package se.nattvandring.payment;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * The basis as an SIE 4I file that the finance system imports: code page IBM437 ({@code #FORMAT PC8}), one
 * {@code #VER} that debits the agreement's expense account, with its cost centre (dimension 1) and project (dimension
 * 6), debits the VAT account with the VAT a registered association charged, and credits the liability account with
 * the total, so it balances to zero. The voucher series and number are left for the
 * receiving system to give, as SIE 4I allows.
 */
final class SieVoucher {

	static final Charset PC8 = Charset.forName("IBM437");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private SieVoucher() {
	}

	static byte[] write(BasisDocument document) {
		PaymentSettings.Accounts booking = document.booking();
		String date = document.documentDate().format(DATE);
		BigDecimal total = document.total();
		BasisVat split = BasisVat.of(document);
		StringBuilder sie = new StringBuilder();
		line(sie, "#FLAGGA 0");
		line(sie, "#FORMAT PC8");
		line(sie, "#SIETYP 4");
		line(sie, "#PROGRAM " + quoted("Nattvandring") + " 1.0");
		line(sie, "#GEN " + date);
		line(sie, "#FNAMN " + quoted(document.district().name()));
		if (document.district().organisationNumber() != null) {
			line(sie, "#ORGNR " + document.district().organisationNumber());
		}
		line(sie, "#KONTO " + booking.expenseAccount() + " " + quoted("Bidrag till föreningar"));
		line(sie, "#KONTO " + booking.payableAccount() + " " + quoted("Skuld till föreningar"));
		if (split.applies()) {
			line(sie, "#KONTO " + booking.vatAccountOrDefault() + " " + quoted("Ingående moms"));
		}
		line(sie, "#DIM 1 " + quoted("Kostnadsställe"));
		line(sie, "#DIM 6 " + quoted("Projekt"));
		if (booking.costCentre() != null) {
			line(sie, "#OBJEKT 1 " + quoted(booking.costCentre()) + " " + quoted(booking.costCentre()));
		}
		if (booking.project() != null) {
			line(sie, "#OBJEKT 6 " + quoted(booking.project()) + " " + quoted(document.agreement().caseNumber()));
		}
		String text = document.number() + " " + document.association().name() + " " + document.basis().from() + "–"
				+ document.basis().to();
		line(sie, "#VER \"\" \"\" " + date + " " + quoted(text));
		line(sie, "{");
		BigDecimal tax = split.applies() ? split.tax() : BigDecimal.ZERO;
		line(sie, "#TRANS " + booking.expenseAccount() + " {" + objects(booking) + "} " + amount(total.subtract(tax)));
		if (split.applies()) {
			line(sie, "#TRANS " + booking.vatAccountOrDefault() + " {} " + amount(tax));
		}
		line(sie, "#TRANS " + booking.payableAccount() + " {} " + amount(total.negate()));
		line(sie, "}");
		return sie.toString().getBytes(PC8);
	}

	private static String objects(PaymentSettings.Accounts booking) {
		StringBuilder objects = new StringBuilder();
		append(objects, "1", booking.costCentre());
		append(objects, "6", booking.project());
		return objects.toString();
	}

	private static void append(StringBuilder objects, String dimension, @Nullable String object) {
		if (object != null) {
			objects.append(objects.isEmpty() ? "" : " ").append(dimension).append(' ').append(quoted(object));
		}
	}

	static String amount(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	/** SIE quotes a field with spaces; a quote inside is escaped, and characters IBM437 lacks become "?". */
	static String quoted(String text) {
		String clean = text.replace("\\", "\\\\").replace("\"", "\\\"").replace('–', '-');
		return "\"" + clean + "\"";
	}

	private static void line(StringBuilder sie, String text) {
		sie.append(text).append("\r\n");
	}
}
