package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nattvandring.support.DemoLogins.bearer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.audit.AuditTrail;
import se.nattvandring.identity.Organisations;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** The agreement API as each role sees it, against the seed's own agreement. */
@IntegrationTest
class AgreementApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail auditTrail;

	MvcTestResult get(String uri, String user) {
		return mvc.get().uri(uri).header("Authorization", bearer(user)).exchange();
	}

	MvcTestResult post(String uri, String user, Object body) {
		return mvc.post().uri(uri).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String text ? text : json.writeValueAsString(body)).exchange();
	}

	long id(String name) {
		return organisations.byName(name).orElseThrow().requiredId();
	}

	@Test
	void theSeedAgreementPays1700PerCompletedWalkToBothAssociationsAndWasExtendedThrough2025() {
		var result = get("/api/v1/agreements", "distrikt");

		assertThat(result).hasStatusOk();
		var seed = "$.items[?(@.caseNumber == 'HÄ 2024/1457')]";
		assertThat(result).bodyJson().extractingPath(seed + ".compensation.rateSek").asArray().containsExactly("1700.00");
		assertThat(result).bodyJson().extractingPath(seed + ".compensation.unit").asArray().containsExactly("PER_WALK");
		assertThat(result).bodyJson().extractingPath(seed + ".periodEnd").asArray().containsExactly("2024-12-31");
		assertThat(result).bodyJson().extractingPath(seed + ".extensionDecisions[*].extendedTo").asArray()
			.containsExactly("2025-12-31");
		assertThat(result).bodyJson().extractingPath(seed + ".parties[?(@.role == 'ASSOCIATION')].name").asArray()
			.containsExactlyInAnyOrder("Älvsjö AIK", "Södra Folkparken");
		assertThat(result).bodyJson().extractingPath(seed + ".criteria.windowEnd").asArray().containsExactly("03:00");
	}

	@Test
	void aWrongTokenIsA401InProblemDetails() {
		var result = mvc.get().uri("/api/v1/agreements").header("Authorization", "Bearer not-a-token").exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Okänd nyckel");
		assertThat(mvc.get().uri("/api/v1/agreements").header("Accept-Language", "en")).hasStatus(401)
			.bodyJson().extractingPath("$.title").isEqualTo("Not signed in");
	}

	@Test
	void anAssociationReadsOnlyAgreementsItIsPartyTo() {
		var terms = AgreementTermsValidatorTestData.termsFor(id("Hägersten-Älvsjö stadsdelsförvaltning"),
				id("Södra Folkparken"), "HÄ 2026/ONLY-FOLKPARKEN");
		var created = post("/api/v1/agreements", "distrikt", terms);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String location = created.getResponse().getHeader("Location");

		assertThat(get(location, "folkparken")).hasStatusOk();
		assertThat(get(location, "aik")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(location, "vandrare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/api/v1/agreements", "aik")).bodyJson().extractingPath("$.items[*].caseNumber").asArray()
			.doesNotContain("HÄ 2026/ONLY-FOLKPARKEN").contains("HÄ 2024/1457");
		assertThat(get("/api/v1/agreements", "folkparken")).bodyJson().extractingPath("$.items[*].caseNumber").asArray()
			.contains("HÄ 2026/ONLY-FOLKPARKEN");
	}

	@Test
	void onlyTheDistrictCoordinatorChangesAgreements() {
		for (String user : List.of("falt", "aik", "folkparken", "stiftelsen", "vandrare", "admin")) {
			assertThat(post("/api/v1/agreements", user, "{}")).as(user).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void badInputIsA400NamingEachFieldInTheCallersLanguage() throws Exception {
		var result = mvc.post().uri("/api/v1/agreements").header("Authorization", bearer("distrikt"))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "<script>alert(1)</script>", "caseNumber": "HÄ 2024/1457", "area": "Älvsjö",
					 "periodStart": "2025-01-01", "periodEnd": "2024-01-01",
					 "compensation": {"unit": "PER_WALK", "rateSek": -1700, "cadence": "MONTHLY"},
					 "criteria": {"minWalkers": 3, "minAge": 18, "windowStart": "19:00", "windowEnd": "19:00",
					              "minDurationMinutes": 180, "reportDeadlineDays": 7},
					 "parties": [{"organisationId": 999999, "role": "PRINCIPAL"}]}""")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("title", "caseNumber",
				"periodEnd", "compensation.rateSek", "criteria.windowEnd", "parties[0].organisationId");
		assertThat(result).bodyJson().extractingPath("$.errors[?(@.field == 'periodEnd')].message").asArray()
			.containsExactly("The agreement cannot end before it starts.");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at se.");
	}

	@Test
	void unreadableAndOversizedBodiesAreRefusedWithoutA500() {
		assertThat(post("/api/v1/agreements", "distrikt", "{not json")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.title").isEqualTo("Kunde inte läsa anropet");
		assertThat(post("/api/v1/agreements", "distrikt", "{\"periodStart\": \"31/12/2024\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		String huge = "{\"title\": \"" + "x".repeat(400_000) + "\"}";
		assertThat(post("/api/v1/agreements", "distrikt", huge)).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(get("/api/v1/agreements/not-a-number", "distrikt")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aChangeThroughTheApiIsInTheAuditTrailWithWhoAndWhat() {
		var terms = AgreementTermsValidatorTestData.termsFor(id("Hägersten-Älvsjö stadsdelsförvaltning"),
				id("Älvsjö AIK"), "HÄ 2026/AUDIT");
		String location = post("/api/v1/agreements", "distrikt", terms).getResponse().getHeader("Location");
		// From the term's start: nothing is paid yet, so the revision replaces the terms rather than adding a version.
		var raised = AgreementTermsValidatorTestData.withRate(terms, "1900").from(terms.periodStart());

		var put = mvc.put().uri(location).header("Authorization", bearer("distrikt"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(raised)).exchange();

		assertThat(put).hasStatusOk().bodyJson().extractingPath("$.compensation.rateSek").isEqualTo("1900.00");
		String id = location.substring(location.lastIndexOf('/') + 1);
		// The trail appends after the commit, through the event publication registry.
		await().untilAsserted(() -> assertThat(auditTrail.history("agreement", id, 10)).extracting("action")
			.containsExactly("revised", "created"));
		var history = auditTrail.history("agreement", id, 10);
		assertThat(history.get(0).actor()).isEqualTo("distrikt");
		assertThat(history.get(0).changes()).containsOnlyKeys("compensation");
		assertThat((List<?>) history.get(0).changes().get("compensation")).hasSize(2);
		assertThat(String.valueOf(history.get(0).changes())).contains("1900");
	}

	@Test
	void theOpenApiDocumentListsTheAgreementsApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.paths")
			.asMap().containsKeys("/api/v1/agreements", "/api/v1/agreements/{id}");
	}

	@Test
	void thePublicPortAnswersTheProbesAndNoActuator() {
		// The probes say only UP or DOWN; the actuator itself is on the management port (ManagementPortTests).
		assertThat(mvc.get().uri("/readyz")).hasStatusOk().bodyJson().isStrictlyEqualTo("{\"status\":\"UP\"}");
		assertThat(mvc.get().uri("/livez")).hasStatusOk().bodyJson().isStrictlyEqualTo("{\"status\":\"UP\"}");
		assertThat(mvc.get().uri("/actuator/health")).hasStatus(404);
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(404);
	}
}
