package se.nattvandring.shared;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/** Reads amounts as Swedes type them: “1 700”, “1700,50” and “1 700 kr” all bind. */
public class SwedishDecimalEditor extends PropertyEditorSupport {

	private final char shownSeparator;

	/** Amounts show a decimal comma, as Swedes write them. */
	public SwedishDecimalEditor() {
		this(',');
	}

	/** Coordinates show a decimal point, as maps and GPS write them; either is accepted on input. */
	public SwedishDecimalEditor(char shownSeparator) {
		this.shownSeparator = shownSeparator;
	}

	@Override
	public void setAsText(String text) {
		String cleaned = text.replaceAll("[\\s\\u00A0\\u202F]", "").replaceFirst("(?i)(kr|sek)$", "").replace(',', '.');
		setValue(cleaned.isEmpty() ? null : new BigDecimal(cleaned));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : ((BigDecimal) value).stripTrailingZeros().toPlainString().replace('.', shownSeparator);
	}
}
