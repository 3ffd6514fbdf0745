package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.place.KnowledgeSource;
import se.nattvandring.place.PlaceDraft;
import se.nattvandring.place.PlaceKind;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.place.PlaceReason;
import se.nattvandring.place.Places;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.StatementCounter;

/**
 * A request costs the same number of SQL statements whether a list holds two agreements or a full page: no N+1.
 * Counts, not timings, so the test says the same on any machine.
 */
@IntegrationTest
class StatementBudgetTests {

	/** Enough for authentication, visibility, paging and a read model of a few queries, with room for one more. */
	static final int BUDGET = 14;

	@Autowired
	MockMvcTester mvc;

	CurrentUser coordinator;

	@Autowired
	Agreements agreements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Places places;

	@Autowired
	PlacePlans placePlans;

	/** A district of its own, so the agreements this test adds stay out of the demo users' lists. */
	@Test
	void listsAndDetailsCostABoundedNumberOfStatements() throws Exception {
		var district = organisations
			.register(Organisation.of("Budget stadsdelsförvaltning", OrganisationKind.DISTRICT_ADMINISTRATION));
		var association = organisations.register(Organisation.of("Budgetföreningen", OrganisationKind.ASSOCIATION));
		organisations.recordPartnership(district.requiredId(), association.requiredId());
		coordinator = accounts.create("budget", "Budget", DemoLogins.PASSWORD, district,
				Set.of(Role.DISTRICT_COORDINATOR));
		tokens.issueWithSecret(coordinator.userId(), "test", "demo-token-budget");
		long first = agreements.create(AgreementTermsValidatorTestData.termsFor(district.requiredId(),
				association.requiredId(), "BUDGET-FIRST"), coordinator).requiredId();
		List<Long> placeIds = new ArrayList<>(addPlaces(first, 2));
		placePlans.draft(first, new PlacePlans.PlanDraft(LocalDate.of(2026, 1, 1), placeIds, null), coordinator);
		var session = new DemoLogins(mvc).session("budget");
		List<String> uris = List.of("/api/v1/agreements", "/api/v1/agreements/" + first, "/agreements",
				"/agreements/" + first, "/", "/api/v1/agreements/" + first + "/places",
				"/api/v1/agreements/" + first + "/places.geojson", "/api/v1/agreements/" + first + "/place-plans",
				"/agreements/" + first + "/places", "/agreements/" + first + "/place-plans");
		List<Integer> before = new ArrayList<>();
		for (String uri : uris) {
			before.add(statements(uri, session));
		}

		addAgreements(25, district.requiredId(), association.requiredId());
		placeIds.addAll(addPlaces(first, 20));
		placePlans.draft(first, new PlacePlans.PlanDraft(LocalDate.of(2026, 2, 1), placeIds, null), coordinator);

		for (int i = 0; i < uris.size(); i++) {
			int after = statements(uris.get(i), session);
			assertThat(after).as("statements for %s", uris.get(i)).isEqualTo(before.get(i)).isLessThanOrEqualTo(BUDGET);
		}
	}

	private int statements(String uri, Cookie session) throws Exception {
		var counted = StatementCounter.count(() -> uri.startsWith("/api/")
				? mvc.get().uri(uri).header("Authorization", bearer("budget")).exchange()
				: mvc.get().uri(uri).cookie(session).exchange());
		MvcTestResult result = counted.result();
		assertThat(result).as(uri).hasStatusOk();
		assertThat(counted.sessionStatements()).as("session statements for %s", uri)
			.isLessThanOrEqualTo(StatementCounter.SESSION_BUDGET);
		return counted.statements();
	}

	private List<Long> addPlaces(long agreementId, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(places.add(agreementId, new PlaceDraft("Plats " + i, new BigDecimal("59.28"),
					new BigDecimal("18.01"), PlaceKind.PARK, Set.of(PlaceReason.POOR_LIGHTING), null,
					Set.of(KnowledgeSource.RESIDENTS), 2, null, null, true), coordinator).id());
		}
		return ids;
	}

	private void addAgreements(int count, long district, long association) {
		for (int i = 0; i < count; i++) {
			agreements.create(AgreementTermsValidatorTestData.termsFor(district, association, "BUDGET-" + i),
					coordinator);
		}
	}
}
