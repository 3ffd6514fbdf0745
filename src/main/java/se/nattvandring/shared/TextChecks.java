package se.nattvandring.shared;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Checks on free text that more than one module needs. */
public final class TextChecks {

	/** A tag opener, an entity or a javascript: URL; a lone “<” as in “walkers < 3” is still fine. */
	private static final Pattern MARKUP = Pattern
		.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;|javascript\\s*:", Pattern.CASE_INSENSITIVE);

	/**
	 * A Swedish personal identity or coordination number, with or without century and dash: YYMMDD-NNNN, where a
	 * coordination number adds 60 to the day.
	 */
	private static final Pattern PERSONNUMMER = Pattern
		.compile("(?<!\\d)(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])[-+ ]?\\d{4}(?!\\d)");

	/**
	 * What no text field may hold: NUL and the other C0 and C1 control characters, and the bidirectional embeddings,
	 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text read otherwise than it is stored. A
	 * multi-line field may hold line breaks and tabs.
	 */
	private static final Pattern FORBIDDEN = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]");

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r]");

	private TextChecks() {
	}

	/** @param multiLine whether the field may hold line breaks and tabs */
	public static boolean hasForbiddenCharacters(@Nullable String text, boolean multiLine) {
		return text != null && (FORBIDDEN.matcher(text).find() || !multiLine && LINE_BREAKS.matcher(text).find());
	}

	/**
	 * The rule for free text anywhere in the product: present if required, not too long, no markup, and no
	 * personnummer.
	 * @return the problem with the text, if any
	 */
	public static Optional<FieldViolation> problem(String field, @Nullable String text, boolean required,
			int maxLength) {
		if (text == null || text.isBlank()) {
			return required ? Optional.of(new FieldViolation(field, "error.required"))
					: Optional.empty();
		}
		if (text.length() > maxLength) {
			return Optional.of(new FieldViolation(field, "error.tooLong", maxLength));
		}
		if (hasForbiddenCharacters(text, true)) {
			return Optional.of(new FieldViolation(field, "error.forbiddenCharacters"));
		}
		if (containsMarkup(text)) {
			return Optional.of(new FieldViolation(field, "error.markup"));
		}
		if (looksLikePersonnummer(text)) {
			return Optional.of(new FieldViolation(field, "error.personnummer"));
		}
		return Optional.empty();
	}

	/** Free text in this product must never identify a person; this catches the most common slip. */
	public static boolean looksLikePersonnummer(@Nullable String text) {
		return text != null && PERSONNUMMER.matcher(text).find();
	}

	/**
	 * Thymeleaf escapes on output anyway; refusing markup on input keeps it out of PDFs, CSV files and e-mails that
	 * other systems render.
	 */
	public static boolean containsMarkup(@Nullable String text) {
		return text != null && MARKUP.matcher(text).find();
	}
}
