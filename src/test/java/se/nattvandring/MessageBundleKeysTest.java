package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.nattvandring.support.Templates;

/** Swedish and English carry the same keys, and every key a template names exists. */
class MessageBundleKeysTest {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessageBundleKeysTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void swedishAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> swedish = new TreeSet<>(load("messages.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());

		assertThat(english).as("keys only in Swedish: add them to messages_en.properties")
			.containsAll(swedish);
		assertThat(swedish).as("keys only in English: add them to messages.properties").containsAll(english);
	}

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)[}(]");
		Set<String> missing = new TreeSet<>();
		for (Path template : Templates.all()) {
			Matcher matcher = literal.matcher(Templates.text(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
