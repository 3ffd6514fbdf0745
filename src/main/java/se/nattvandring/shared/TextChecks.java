package se.nattvandring.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Checks on free text that more than one module needs. */
public final class TextChecks {

	/** A tag opener, an entity or a javascript: URL; a lone “<” as in “walkers < 3” is still fine. */
	private static final Pattern MARKUP = Pattern
		.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;|javascript\\s*:", Pattern.CASE_INSENSITIVE);

	private TextChecks() {
	}

	/**
	 * Thymeleaf escapes on output anyway; refusing markup on input keeps it out of PDFs, CSV files and e-mails that
	 * other systems render.
	 */
	public static boolean containsMarkup(@Nullable String text) {
		return text != null && MARKUP.matcher(text).find();
	}
}
