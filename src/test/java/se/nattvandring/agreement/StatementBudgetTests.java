package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.StatementCounter;

/**
 * A request costs the same number of SQL statements whether a list holds two agreements or a full page: no N+1.
 * Counts, not timings, so the test says the same on any machine.
 */
@IntegrationTest
class StatementBudgetTests {

	/** Enough for authentication, visibility, paging and the three read-model queries, with room for one more. */
	static final int BUDGET = 12;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Agreements agreements;

	@Autowired
	Organisations organisations;

	@Test
	void listsAndDetailsCostABoundedNumberOfStatements() throws Exception {
		var session = new DemoLogins(mvc).session("distrikt");
		List<String> uris = List.of("/api/v1/agreements", "/api/v1/agreements/1", "/agreements", "/agreements/1", "/");
		List<Integer> before = new ArrayList<>();
		for (String uri : uris) {
			before.add(statements(uri, session));
		}

		addAgreements(25);

		for (int i = 0; i < uris.size(); i++) {
			int after = statements(uris.get(i), session);
			assertThat(after).as("statements for %s", uris.get(i)).isEqualTo(before.get(i)).isLessThanOrEqualTo(BUDGET);
		}
	}

	private int statements(String uri, MockHttpSession session) throws Exception {
		var counted = StatementCounter.count(() -> uri.startsWith("/api/")
				? mvc.get().uri(uri).header("Authorization", bearer("distrikt")).exchange()
				: mvc.get().uri(uri).session(session).exchange());
		MvcTestResult result = counted.result();
		assertThat(result).as(uri).hasStatusOk();
		return counted.statements();
	}

	private void addAgreements(int count) {
		long district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow().requiredId();
		long aik = organisations.byName("Älvsjö AIK").orElseThrow().requiredId();
		CurrentUser coordinator = new CurrentUser(0, "distrikt", "Test", district,
				OrganisationKind.DISTRICT_ADMINISTRATION, Set.of(Role.DISTRICT_COORDINATOR));
		for (int i = 0; i < count; i++) {
			agreements.create(AgreementTermsValidatorTestData.termsFor(district, aik, "HÄ 2026/BUDGET-" + i),
					coordinator);
		}
	}
}
