package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.support.AgreementTestTerms;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * What the issue names as bad input for the follow-up: an empty period, a period of ten years, dates the wrong way
 * round and an agreement the reader is not party to. Each gets a clear answer, never a 500 and never part of a file.
 */
@IntegrationTest
@Transactional
class FollowUpBadInputTests {

	static final List<String> FILES = List.of("statistics.xlsx", "statistics.csv", "open-data.csv", "evaluation.pdf");

	@Autowired
	MockMvcTester mvc;

	@Test
	void aPeriodWithoutWalksGivesZeroesAndWholeFiles() throws Exception {
		String empty = "?from=2031-02-01&to=2031-02-28";
		JsonNode s = json(api("/api/v1/agreements/1/statistics" + empty, "distrikt"));
		assertThat(s.get("plannedWalks").asLong()).isZero();
		assertThat(new BigDecimal(s.get("walkerHours").asString())).isZero();
		assertThat(s.get("observationsByMonth").isEmpty()).isTrue();
		assertThat(s.get("cost").get("perPaidWalk").isNull()).as("no division by zero").isTrue();
		assertThat(s.get("placeCoverage").size()).as("the places agreed, all unvisited").isPositive()
			.isEqualTo(s.get("agreedPlacesNeverVisited").asInt());

		try (PDDocument pdf = Loader.loadPDF(bytes(api("/api/v1/agreements/1/evaluation.pdf" + empty, "namnd")))) {
			assertThat(new PDFTextStripper().getText(pdf))
				.containsPattern("Godkända vandringar \\(godkända och utbetalda\\)\\s+0\\b");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				bytes(api("/api/v1/agreements/1/statistics.xlsx" + empty, "distrikt"))))) {
			assertThat(book.getSheet("Vandringar").getLastRowNum()).as("the header alone").isZero();
		}
		assertThat(new String(bytes(api("/api/v1/agreements/1/open-data.csv" + empty, "distrikt")),
				StandardCharsets.UTF_8).lines()).hasSize(1);
		assertThat(page("/agreements/1/follow-up" + empty, "namnd")).hasStatusOk().bodyText()
			.contains("<h1>Uppföljning av partnerskapet</h1>", "Inga");
	}

	@Test
	void tenYearsOrReversedDatesGetAProblemAndNoFile() {
		for (String period : List.of("?from=2015-01-01&to=2024-12-31", "?from=2024-12-31&to=2024-09-01",
				"?from=2024-09-01", "?from=2024-13-01&to=2024-12-31")) {
			for (String file : FILES) {
				MvcTestResult answer = api("/api/v1/agreements/1/" + file + period, "distrikt");
				assertThat(answer).as(file + period).hasStatus(400).hasContentType("application/problem+json");
				assertThat(answer.getResponse().getHeader("Content-Disposition")).as(file + period).isNull();
			}
		}
		assertThat(page("/agreements/1/follow-up/map?from=2015-01-01&to=2024-12-31", "distrikt")).hasStatus(400)
			.bodyText().contains("högst 3 år", "value=\"2015-01-01\"", "value=\"2024-12-31\"");
		assertThat(page("/agreements/1/evaluation?from=2024-12-31&to=2024-09-01", "namnd")).hasStatus(400)
			.bodyText().contains("Slutdatumet ligger före startdatumet", "value=\"2024-09-01\"");
		assertThat(page("/agreements/1/follow-up?from=2024-13-01&to=2024-12-31", "namnd")).as("not a date")
			.hasStatus(400);
	}

	@Test
	void anAgreementTheReaderIsNotPartyToIsNotFound(@Autowired Agreements agreements,
			@Autowired Organisations organisations) {
		long district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow().requiredId();
		long folkparken = organisations.byName("Södra Folkparken").orElseThrow().requiredId();
		var coordinator = new CurrentUser(0, "distrikt", "Test", district, OrganisationKind.DISTRICT_ADMINISTRATION,
				Set.of(Role.DISTRICT_COORDINATOR));
		long id = agreements.create(AgreementTestTerms.onlyWith(district, folkparken, "HÄ 2026/FOLLOW-UP"),
				coordinator).requiredId();
		String period = "?from=2026-01-01&to=2026-06-30";

		for (String file : List.of("statistics", "statistics.xlsx", "statistics.csv", "open-data.csv",
				"evaluation.pdf")) {
			assertThat(api("/api/v1/agreements/" + id + "/" + file + period, "folkparken")).as(file).hasStatusOk();
			assertThat(api("/api/v1/agreements/" + id + "/" + file + period, "aik")).as(file).hasStatus(404);
			assertThat(api("/api/v1/agreements/" + id + "/" + file + period, "stiftelsen")).as(file).hasStatus(404);
		}
		assertThat(api("/api/v1/follow-up/comparison?agreement=1&agreement=" + id + "&from=2026-01-01&to=2026-06-30",
				"aik")).hasStatus(404);
		for (String path : List.of("/follow-up", "/follow-up/map", "/evaluation", "/dialogue")) {
			assertThat(page("/agreements/" + id + path + period, "aik")).as(path).hasStatus(404);
			assertThat(page("/agreements/" + id + path + period, "namnd")).as(path).hasStatusOk();
		}
	}

	private MvcTestResult api(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}

	private MvcTestResult page(String path, String role) {
		return mvc.get().uri(path).cookie(new DemoLogins(mvc).session(role)).exchange();
	}

	private static byte[] bytes(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}
}
