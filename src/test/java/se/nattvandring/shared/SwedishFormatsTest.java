package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class SwedishFormatsTest {

	final SwedishFormats fmt = new SwedishFormats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void moneyReadsAsSwedishKronor() {
		assertThat(fmt.money(Money.sek(1700))).isEqualTo("1\u00A0700\u00A0kr");
		assertThat(fmt.money(new BigDecimal("1500.50"))).isEqualTo("1\u00A0500,50\u00A0kr");
		assertThat(fmt.money(Money.sek(250000))).isEqualTo("250\u00A0000\u00A0kr");
		assertThat(fmt.money(Money.sek(-1700))).isEqualTo("\u22121\u00A0700\u00A0kr");
	}

	@Test
	void datesReadAsSwedishShortDatesWithoutFullStops() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
		assertThat(fmt.date(LocalDate.of(2024, 12, 6))).isEqualTo("fre 6 dec 2024");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.date(LocalDate.of(2024, 12, 6))).isEqualTo("Fri 6 Dec 2024");
	}

	@Test
	void moneyKeepsOreAndRoundsHalfEven() {
		assertThat(Money.sek("1700.005").amount()).isEqualByComparingTo("1700.00");
		assertThat(Money.sek(1700).times(3)).isEqualTo(Money.sek(5100));
	}

	@Test
	void markupIsRecognisedButComparisonsAreNot() {
		assertThat(TextChecks.containsMarkup("<b>fet</b>")).isTrue();
		assertThat(TextChecks.containsMarkup("3 < 5 och 7 > 2")).isFalse();
	}

	@Test
	void amountsBindAsSwedesTypeThem() {
		var editor = new SwedishDecimalEditor();
		editor.setAsText("1 700,50 kr");
		assertThat(editor.getValue()).isEqualTo(new BigDecimal("1700.50"));
		editor.setAsText("1\u00A0700");
		assertThat(editor.getAsText()).isEqualTo("1700");
	}
}
