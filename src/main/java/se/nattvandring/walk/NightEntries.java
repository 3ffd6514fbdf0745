package se.nattvandring.walk;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What the phone sends during a walk night. Every entry carries {@code at}, the moment it happened on the phone; the
 * server keeps it beside the moment the entry arrived, so a check-in sent an hour late still starts the walk on time.
 */
public final class NightEntries {

	private NightEntries() {
	}

	@Schema(description = "Who is present at check-in: walker ids, planned or unplanned (eligible ones only). at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
	public record CheckIn(@Nullable List<Long> present, @Nullable Instant at) {
	}

	@Schema(description = "A place on the route visited. at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
	public record VisitEntry(@Nullable Long placeId, @Nullable Instant at) {
	}

	@Schema(description = "Young people counted per age band; counts only, never who they were.")
	public record Youth(@Nullable Integer under13, @Nullable Integer age13to15, @Nullable Integer age16to17,
			@Nullable Integer adults) {
	}

	@Schema(description = "An observation: a category, a place, counts per age band, whom help was called from, and a short note that names nobody. at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
	public record ObservationEntry(@Nullable ObservationCategory category, @Nullable Long placeId,
			@Nullable Youth youth, @Nullable List<HelpCalled> helpCalled, @Nullable String note, @Nullable Instant at) {
	}

	@Schema(description = "Conversations with young people, counted per age band. at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
	public record ContactEntry(@Nullable Youth youth, @Nullable Instant at) {
	}

	@Schema(description = "Check out. at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
	public record CheckOut(@Nullable Instant at) {
	}

	@Schema(description = "The walk's report: a summary, what went well, what needs follow-up, suggestions for places.")
	public record ReportEntry(@Nullable String summary, @Nullable String wentWell, @Nullable String followUp,
			@Nullable String placeSuggestions) {
	}

	@Schema(description = "Submit the report, which then is locked for walkers. at is the moment it happened on the phone, an ISO 8601 instant such as 2024-05-03T19:02:00Z; left out, it is the moment the server receives it.")
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
