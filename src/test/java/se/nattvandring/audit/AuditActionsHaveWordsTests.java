package se.nattvandring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.IntegrationTest;

/**
 * Every action the trail holds reads as words in both languages on the pages that show a history. The demo world
 * takes every step of the chain, from an agreement to its extension decision, so its trail names the actions; a new
 * event without its words would show the reader a message key.
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
	void everyActionInTheTrailHasWordsInSwedishAndEnglish() {
		// The trail appends after each commit, through the event publication registry.
		await().atMost(Duration.ofSeconds(30)).until(() -> actions().containsAll(LAST_STEPS));
		List<String> missing = new ArrayList<>();
		for (String action : actions()) {
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

	private List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by 1").query(String.class).list();
	}
}
