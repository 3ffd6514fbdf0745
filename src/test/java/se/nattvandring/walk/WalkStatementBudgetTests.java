package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.StatementCounter;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;

/**
 * The walk and walker pages cost the same number of statements with a few walkers and walks as with many more: no
 * N+1 over teams, routes, training records or calendar days.
 */
@IntegrationTest
class WalkStatementBudgetTests {

	/** The same budget as the agreement pages: authentication, visibility, the read models and the pickers. */
	static final int BUDGET = 14;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Walkers walkers;

	@Autowired
	Walks walks;

	@Autowired
	TeamSignUps signUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void walkAndWalkerPagesCostABoundedNumberOfStatements() throws Exception {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		YearMonth month = YearMonth.from(StockholmTime.today(clock));
		long walk = jdbc.sql("""
				select id from walk where agreement_id = 2 and association_id = 2 and status = 'PLANNED'
				and starts_at > now() order by starts_at limit 1""").query(Long.class).single();
		long leila = jdbc.sql("select id from walker where name = 'Leila Andersson'").query(Long.class).single();
		Cookie session = new DemoLogins(mvc).session("aik");
		List<String> uris = List.of("/walks?agreement=2&month=" + month, "/walks/" + walk, "/associations/2/walkers",
				"/walkers/" + leila, "/", "/api/v1/walks?agreement=2", "/api/v1/walks/" + walk,
				"/api/v1/associations/2/walkers", "/walks/" + walk + "/night", "/walks/tonight");
		List<Integer> before = new ArrayList<>();
		for (String uri : uris) {
			before.add(statements(uri, session));
		}

		List<Long> added = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			long id = walkers.register(2, new WalkerDraft("Budget Vandrare " + i, null, null,
					LocalDate.of(1980, 1, 1 + i), LocalDate.of(2025, 1, 1)), contact).requiredId();
			walkers.recordTraining(id, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
					contact);
			added.add(id);
		}
		for (int i = 0; i < 3; i++) {
			signUps.signUp(walk, added.get(i), contact);
		}
		LocalDate first = StockholmTime.today(clock).plusDays(1);
		walks.planSeries(new SeriesPlan(2L, 2L, first, first.plusDays(30), Set.of(DayOfWeek.TUESDAY), List.of(),
				LocalTime.of(19, 0), LocalTime.of(22, 0), "Älvsjö station", List.of(), added.get(5), null, null),
				contact);

		for (int i = 0; i < uris.size(); i++) {
			int after = statements(uris.get(i), session);
			assertThat(after).as("statements for %s", uris.get(i)).isEqualTo(before.get(i))
				.isLessThanOrEqualTo(BUDGET);
		}
	}

	private int statements(String uri, Cookie session) throws Exception {
		var counted = StatementCounter.count(() -> uri.startsWith("/api/")
				? mvc.get().uri(uri).header("Authorization", bearer("aik")).exchange()
				: mvc.get().uri(uri).cookie(session).exchange());
		assertThat(counted.result()).as(uri).hasStatusOk();
		assertThat(counted.sessionStatements()).as("session statements for %s", uri)
			.isLessThanOrEqualTo(StatementCounter.SESSION_BUDGET);
		return counted.statements();
	}
}
