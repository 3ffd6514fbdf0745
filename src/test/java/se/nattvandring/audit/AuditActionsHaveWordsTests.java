package se.nattvandring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.IntegrationTest;

/**
 * Every action the trail holds reads as words in both languages on the pages that show a history. The actions are
 * those in the trail, where the demo world has taken every step of the chain from an agreement to its extension
 * decision (and the tests that ran before, in their random order, more), together with every action the source names
 * as a literal: an event's {@code action()} or the action it is given, so that the check does not wait for the right
 * test order to see a new one.
 */
@IntegrationTest
class AuditActionsHaveWordsTests {

	/** Actions of the demo's last steps: once they are in the trail, the rest is there too. */
	static final List<String> LAST_STEPS = List.of("paid", "followUpAssessed", "followUpCommentWritten", "minutesKept");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyActionInTheTrailHasWordsInSwedishAndEnglish() throws IOException {
		// The trail appends after each commit, through the event publication registry.
		await().atMost(Duration.ofSeconds(30)).until(() -> actions().containsAll(LAST_STEPS));
		Set<String> actions = new TreeSet<>(actions());
		actions.addAll(actionsNamedInTheSource());
		List<String> missing = new ArrayList<>();
		for (String action : actions) {
			for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
				try {
					messages.getMessage("audit.action." + action, null, locale);
				}
				catch (NoSuchMessageException absent) {
					missing.add(action + " (" + locale + ")");
				}
			}
		}
		assertThat(missing).as("actions in the trail without words").isEmpty();
	}

	/**
	 * {@code action() { return "paid"; }}, and the actions handed to the events that carry one: a token's
	 * {@code "revoked" : "ended"}, and a follow-up record's action after its entity type.
	 */
	static Set<String> actionsNamedInTheSource() throws IOException {
		Pattern returned = Pattern.compile("String action\\(\\)\\s*\\{\\s*return \"(\\w+)\"");
		Pattern token = Pattern.compile("new TokenEvent\\(([^;]*)\\);");
		Pattern written = Pattern.compile("new (?:PeriodRecords\\.)?Written\\(\"\\w+\", [^,]+, \"(\\w+)\"");
		Pattern literal = Pattern.compile("\"(\\w+)\"");
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				returned.matcher(code).results().forEach(match -> actions.add(match.group(1)));
				written.matcher(code).results().forEach(match -> actions.add(match.group(1)));
				token.matcher(code).results().forEach(call -> literal.matcher(call.group(1)).results()
					.forEach(match -> actions.add(match.group(1))));
			}
		}
		assertThat(actions).as("the scan finds actions of each kind").contains("paid", "ended", "followUpAssessed",
				"minutesKept");
		return actions;
	}

	private List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by 1").query(String.class).list();
	}
}
