package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.StatementCounter;

/**
 * The follow-up costs the same number of statements for a month as for sixteen, with one dialogue meeting or four:
 * every figure is a grouped query, never one per walk, place, month or meeting. The demo's November meeting is in
 * both periods; the test adds three more in 2025 and rolls them back.
 */
@IntegrationTest
@Transactional
class FollowUpStatementBudgetTests {

	static final String MONTH = "?from=2024-11-01&to=2024-11-30";

	static final String TERM = "?from=2024-09-01&to=2025-12-31";

	/**
	 * Authentication and the agreement (about 8), the figures of the period and of the one before (15), the place
	 * plan (5), and the report's comments, assessment, decisions and meetings (6). Measured 35 for the evaluation.
	 */
	static final int BUDGET = 36;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMonthAndSixteenMonthsCostTheSameStatements() throws Exception {
		for (LocalDate heldOn : List.of(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 6, 4), LocalDate.of(2025, 10, 8))) {
			heldMeetingWithTwoDecisions(heldOn);
		}
		Cookie session = new DemoLogins(mvc).session("distrikt");
		for (String path : List.of("/api/v1/agreements/1/statistics", "/agreements/1/evaluation",
				"/agreements/1/follow-up/map", "/agreements/1/dialogue", "/api/v1/agreements/1/open-data.csv")) {
			int month = statements(path + MONTH, session);
			int term = statements(path + TERM, session);
			assertThat(term).as("statements for %s", path).isEqualTo(month).isLessThanOrEqualTo(BUDGET);
		}
	}

	private void heldMeetingWithTwoDecisions(LocalDate heldOn) {
		long id = jdbc.sql("""
				insert into dialogue_meeting (version, agreement_id, held_on, title, agenda, minutes, planned_by,
				    planned_at, minutes_by, minutes_at)
				values (1, 1, :heldOn, 'Dialogmöte', 'Uppföljning', 'Protokoll', 'distrikt', now(), 'distrikt', now())
				returning id""").param("heldOn", heldOn).query(Long.class).single();
		for (int position = 0; position < 2; position++) {
			jdbc.sql("""
					insert into dialogue_decision (dialogue_meeting, position, decision, changed)
					values (:id, :position, 'Beslut', 'NOTHING')""").param("id", id).param("position", position)
				.update();
		}
	}

	private int statements(String uri, Cookie session) throws Exception {
		var counted = StatementCounter.count(() -> uri.startsWith("/api/")
				? mvc.get().uri(uri).header("Authorization", DemoLogins.bearer("distrikt")).exchange()
				: mvc.get().uri(uri).cookie(session).exchange());
		assertThat(counted.result()).as(uri).hasStatusOk();
		return counted.statements();
	}
}
