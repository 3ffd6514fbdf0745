package se.nattvandring.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How money, dates and times read in the UI: “1 700 kr” and “fre 6 dec 2024” in Swedish. Exposed to templates as
 * {@code @fmt}. Written by hand rather than with a locale pattern because the JDK's CLDR data adds a full stop after
 * abbreviated Swedish months (“dec.”) which Swedish public-sector style does not use.
 */
@Component("fmt")
public class SwedishFormats {

	/** Narrow no-break space keeps “1 700 kr” on one line. */
	private static final char GROUPING = '\u00A0';

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String money(@Nullable Money money) {
		return money == null ? "" : money(money.amount());
	}

	public String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(GROUPING);
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('\u2212');
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
		return format.format(amount) + GROUPING + "kr";
	}

	/** “fre 6 dec 2024” in Swedish, “Fri 6 Dec 2024” in English. */
	public String date(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = locale();
		String day = stripDot(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
		String month = stripDot(date.getMonth().getDisplayName(TextStyle.SHORT, locale));
		return day + " " + date.getDayOfMonth() + " " + month + " " + date.getYear();
	}

	/** The ISO form for machine-readable attributes such as {@code <time datetime>}. */
	public String iso(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public String time(@Nullable LocalTime time) {
		return time == null ? "" : TIME.format(time);
	}

	/** An instant as the Stockholm wall-clock date and time. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		var local = instant.atZone(StockholmTime.ZONE);
		return date(local.toLocalDate()) + " " + TIME.format(local);
	}

	/** A value from a database row, as a reader sees it; for extracts that show whatever a table holds. */
	public String any(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return dateTime(timestamp.toInstant());
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return dateTime(offset.toInstant());
		}
		if (value instanceof Instant instant) {
			return dateTime(instant);
		}
		if (value instanceof java.sql.Date sqlDate) {
			return sqlDate.toLocalDate().toString();
		}
		if (value instanceof java.sql.Time sqlTime) {
			return time(sqlTime.toLocalTime());
		}
		return value.toString();
	}

	private static String stripDot(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
