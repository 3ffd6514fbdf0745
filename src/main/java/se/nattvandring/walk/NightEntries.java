package se.nattvandring.walk;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the phone sends during a walk night. Every entry carries {@code at}, the moment it happened on the phone; the
 * server keeps it beside the moment the entry arrived, so a check-in sent an hour late still starts the walk on time.
 */
public final class NightEntries {

	private NightEntries() {
	}

	public record CheckIn(@Nullable List<Long> present, @Nullable Instant at) {
	}

	public record VisitEntry(@Nullable Long placeId, @Nullable Instant at) {
	}

	public record Youth(@Nullable Integer under13, @Nullable Integer age13to15, @Nullable Integer age16to17,
			@Nullable Integer adults) {
	}

	public record ObservationEntry(@Nullable ObservationCategory category, @Nullable Long placeId,
			@Nullable Youth youth, @Nullable List<HelpCalled> helpCalled, @Nullable String note, @Nullable Instant at) {
	}

	public record ContactEntry(@Nullable Youth youth, @Nullable Instant at) {
	}

	public record CheckOut(@Nullable Instant at) {
	}

	public record ReportEntry(@Nullable String summary, @Nullable String wentWell, @Nullable String followUp,
			@Nullable String placeSuggestions) {
	}

	public record Submit(@Nullable Instant at) {
	}

	private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+46|0)[\\s-]?\\d{1,3}([\\s-]?\\d){5,8}(?![\\d])");

	private static final Pattern FULL_NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\b");

	private static final Pattern LISTED_NAMES = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s*,\\s*\\p{Lu}\\p{Ll}+\\s*,\\s*\\p{Lu}\\p{Ll}+");

	/**
	 * Whether a note looks as if it names people: a phone number, two full names, or a list of first names. Such a
	 * note is kept but flagged for the team leader and the district to review; a personnummer is refused outright.
	 */
	static boolean looksPersonal(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return false;
		}
		return PHONE.matcher(note).find() || FULL_NAME.matcher(note).results().count() >= 2
				|| LISTED_NAMES.matcher(note).find();
	}
}
