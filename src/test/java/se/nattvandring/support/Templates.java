package se.nattvandring.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The page templates as text, for the tests that read what every page names: its keys, its fields. */
public final class Templates {

	private Templates() {
	}

	public static List<Path> all() {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			return templates.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	public static String text(Path template) {
		try {
			return Files.readString(template);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** The first group of every match of the pattern in every template. */
	public static Set<String> found(Pattern pattern) {
		Set<String> found = new TreeSet<>();
		for (Path template : all()) {
			pattern.matcher(text(template)).results().forEach(match -> found.add(match.group(1)));
		}
		return found;
	}
}
