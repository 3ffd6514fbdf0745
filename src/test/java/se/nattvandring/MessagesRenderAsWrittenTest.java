package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every message renders as written, in both languages, as the application's MessageSource renders it: with every
 * argument filled in, and an apostrophe shown once. Rendering each key with and without arguments is what caught
 * "The agreement''s terms" on the English walk page.
 */
class MessagesRenderAsWrittenTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private static final Pattern FORMAT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");

	/** Configured by the spring.messages.* settings of application.properties, as the application's is. */
	static ResourceBundleMessageSource applicationMessages() throws IOException {
		Properties settings = MessageBundleKeysTest.load("application.properties");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename(settings.getProperty("spring.messages.basename"));
		messages.setDefaultEncoding(settings.getProperty("spring.messages.encoding"));
		messages.setFallbackToSystemLocale(
				Boolean.parseBoolean(settings.getProperty("spring.messages.fallback-to-system-locale")));
		messages.setAlwaysUseMessageFormat(
				Boolean.parseBoolean(settings.getProperty("spring.messages.always-use-message-format")));
		return messages;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "messages.properties,sv", "messages_en.properties,en" })
	void everyKeyRendersWithItsArgumentsFilledAndItsApostrophesOnce(String file, String language)
			throws IOException {
		Properties raw = MessageBundleKeysTest.load(file);
		ResourceBundleMessageSource messages = applicationMessages();
		Locale locale = Locale.forLanguageTag(language);
		List<String> wrong = new ArrayList<>();
		for (String key : raw.stringPropertyNames()) {
			String written = raw.getProperty(key);
			String rendered = messages.getMessage(key, arguments(written), locale);
			if (rendered.contains("''") || ARGUMENT.matcher(rendered).find()) {
				wrong.add(key + " renders as: " + rendered);
			}
			if (written.replace("''", "").contains("'")) {
				wrong.add(key + " has a single apostrophe, which MessageFormat swallows: write it twice");
			}
		}
		assertThat(wrong).as("messages that do not render as written in %s", file).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void theAgreementsTermsOnTheEnglishWalkPageReadWithOneApostrophe() throws IOException {
		String rendered = applicationMessages().getMessage("walk.criteria.heading", null, Locale.ENGLISH);

		assertThat(rendered).isEqualTo("The agreement's terms with the planned team");
	}

	/** An argument of the kind each placeholder formats: a number, a date, or text. */
	private static Object[] arguments(String written) {
		Matcher matcher = FORMAT.matcher(written);
		java.util.Map<Integer, Object> byIndex = new java.util.TreeMap<>();
		while (matcher.find()) {
			String type = matcher.group(2) == null ? "" : matcher.group(2);
			Object argument = switch (type) {
				case "number", "choice" -> 7;
				case "date", "time" -> new java.util.Date(0);
				default -> "argument" + matcher.group(1);
			};
			// "{0,choice,1#en sekund|1<{0} sekunder}" names {0} twice; the typed mention says what it is.
			if (type.isEmpty()) {
				byIndex.putIfAbsent(Integer.parseInt(matcher.group(1)), argument);
			}
			else {
				byIndex.put(Integer.parseInt(matcher.group(1)), argument);
			}
		}
		int count = byIndex.isEmpty() ? 0 : ((java.util.TreeMap<Integer, Object>) byIndex).lastKey() + 1;
		Object[] arguments = new Object[count];
		byIndex.forEach((index, argument) -> arguments[index] = argument);
		return arguments;
	}
}
