package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * The seed season's autumn as the follow-up counts it, held against the walk list, and the board's evaluation report
 * that carries the figures; {@link FollowUpRecountTests} holds every figure against SQL.
 */
@IntegrationTest
class FollowUpTests {

	static final String AUTUMN = "?from=2024-09-01&to=2024-12-31";

	static final String PERIOD = "w.agreement_id = 1 and w.walk_date between date '2024-09-01' and date '2024-12-31'";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApprovedWalksAreTheApprovedAndPaidWalksOfThatPeriodInTheWalkList() throws Exception {
		JsonNode statistics = json(get("/api/v1/agreements/1/statistics" + AUTUMN, "distrikt"));

		long listed = 0;
		for (int page = 0; ; page++) {
			MvcTestResult walks = get("/api/v1/walks?agreement=1&from=2024-09-01&to=2024-12-31&page=" + page,
					"distrikt");
			JsonNode items = json(walks).get("items");
			if (items.isEmpty()) {
				break;
			}
			for (JsonNode walk : items) {
				String status = walk.get("status").asString();
				listed += status.equals("APPROVED") || status.equals("PAID") ? 1 : 0;
			}
		}
		assertThat(statistics.get("approvedWalks").asLong()).isPositive().isEqualTo(listed);
	}

	@Test
	void theEvaluationPdfCarriesTheKeyFiguresInSwedish() throws Exception {
		JsonNode s = json(get("/api/v1/agreements/1/statistics" + AUTUMN, "namnd"));
		MvcTestResult pdf = get("/api/v1/agreements/1/evaluation.pdf" + AUTUMN, "namnd");
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");

		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Uppföljning av partnerskapet", "HÄ 2024/1457", "Barn och unga (barnkonsekvens)",
					"Föreningarnas egna kommentarer", "Älvsjö station", "Underlag till tjänsteutlåtande, framtaget",
					"Sida 1 / ")
				.containsPattern("Godkända vandringar \\(godkända och utbetalda\\)\\s+" + s.get("approvedWalks")
						.asLong() + "\\b")
				.containsPattern("Planerade vandringar\\s+" + s.get("plannedWalks").asLong() + "\\b")
				.containsPattern("Genomförda vandringar \\(incheckade\\)\\s+" + s.get("walkedWalks").asLong() + "\\b")
				.containsPattern("Olika nattvandrare\\s+" + s.get("uniqueWalkers").asLong() + "\\b")
				.containsPattern("Samtal med barn under 13 år\\s+" + s.get("youthContacts").get("under13").asLong()
						+ "\\b")
				.containsPattern("Iakttagelser där barn under 18 år fanns med\\s+"
						+ s.get("observationsInvolvingUnder18").asLong() + "\\b");
		}
	}

	@Test
	void theFollowUpPageShowsTheSameFiguresAsTables() throws Exception {
		long approved = json(get("/api/v1/agreements/1/statistics" + AUTUMN, "namnd")).get("approvedWalks").asLong();

		assertThat(mvc.get().uri("/agreements/1/follow-up" + AUTUMN).cookie(new DemoLogins(mvc).session("namnd")))
			.hasStatusOk().bodyText().contains("<h1>Uppföljning av partnerskapet</h1>")
			.containsPattern("Godkända vandringar \\(godkända och utbetalda\\)</th><td>" + approved + "</td>");
		assertThat(mvc.get().uri("/agreements/1/follow-up?from=2024-12-31&to=2024-09-01")
			.cookie(new DemoLogins(mvc).session("distrikt"))).hasStatus(400).bodyText()
			.contains("Slutdatumet ligger före startdatumet", "value=\"2024-12-31\"");
	}

	@Test
	void theMapGoesMonthByMonthWithTheMonthsTableBesideIt() throws Exception {
		var session = new DemoLogins(mvc).session("namnd");
		assertThat(mvc.get().uri("/agreements/1/follow-up/map" + AUTUMN).cookie(session)).hasStatusOk().bodyText()
			.contains("<h1>Platserna på kartan</h1>", "from=2024-09-01&amp;to=2024-09-30",
					"from=2024-12-01&amp;to=2024-12-31");
		JsonNode october = json(get("/api/v1/agreements/1/statistics?from=2024-10-01&to=2024-10-31", "namnd"));
		JsonNode busiest = october.get("placeCoverage").get(0);
		assertThat(mvc.get().uri("/agreements/1/follow-up/map?from=2024-10-01&to=2024-10-31").cookie(session))
			.hasStatusOk().bodyText().contains("data-visits=\"" + busiest.get("visits").asLong() + "\"")
			.containsPattern(java.util.regex.Pattern.quote("<th scope=\"row\">" + busiest.get("name").asString()
					+ "</th><td>" + busiest.get("plannedVisits").asLong() + "</td><td>" + busiest.get("visits").asLong()
					+ "</td>"));
	}

	@Test
	void theBoardReadsTheFiguresAndNoWalker() {
		assertThat(get("/api/v1/agreements/1/statistics" + AUTUMN, "namnd")).hasStatusOk();
		long walker = count("select min(id) from walker");
		assertThat(get("/api/v1/walkers/" + walker, "namnd").getResponse().getStatus()).isIn(403, 404);
		assertThat(get("/api/v1/associations/2/walkers", "namnd").getResponse().getStatus()).isIn(403, 404);
	}

	@Test
	void anAssociationSeesItsOwnPartAndAWalkerNone() throws Exception {
		JsonNode own = json(get("/api/v1/agreements/1/statistics" + AUTUMN, "aik"));
		assertThat(own.get("associationId").asLong()).isEqualTo(2);
		assertThat(own.get("plannedWalks").asLong()).isEqualTo(count(
				"select count(*) from walk w where " + PERIOD + " and w.status <> 'CANCELLED' and w.association_id = 2"));
		assertThat(get("/api/v1/agreements/1/statistics" + AUTUMN, "vandrare")).hasStatus(403);
	}

	@Test
	void aPeriodMissingReversedOrTenYearsLongIsRefused() {
		assertThat(get("/api/v1/agreements/1/statistics", "distrikt")).hasStatus(400);
		assertThat(get("/api/v1/agreements/1/statistics?from=2024-12-31&to=2024-09-01", "distrikt")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].message").asString().contains("före startdatumet");
		assertThat(get("/api/v1/agreements/1/statistics?from=2015-01-01&to=2024-12-31", "distrikt")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].message").asString().contains("högst 3 år");
		assertThat(get("/api/v1/agreements/999999/statistics" + AUTUMN, "distrikt")).hasStatus(404);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private MvcTestResult get(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}
}
