package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The follow-up's files hold the same numbers as its API, the cost and the trend equal recounts in SQL, and the open
 * data never publishes a count of one or two.
 */
@IntegrationTest
class FollowUpExportsTests {

	static final String AUTUMN = "?from=2024-09-01&to=2024-12-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWorkbookOpensWithTheSameNumbers() throws Exception {
		JsonNode s = json(get("/api/v1/agreements/1/statistics" + AUTUMN));
		MvcTestResult file = get("/api/v1/agreements/1/statistics.xlsx" + AUTUMN);
		assertThat(file).hasStatusOk();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
			Sheet figures = book.getSheet("Nyckeltal");
			assertThat(figures.getRow(3).getCell(0).getStringCellValue()).startsWith("Godkända vandringar");
			assertThat((long) figures.getRow(3).getCell(2).getNumericCellValue()).isPositive()
				.isEqualTo(s.get("approvedWalks").asLong());
			assertThat((long) figures.getRow(3).getCell(1).getNumericCellValue())
				.isEqualTo(s.get("previous").get("approvedWalks").asLong());
			Sheet walks = book.getSheet("Vandringar");
			assertThat((long) walks.getLastRowNum()).isEqualTo(jdbc.sql("select count(*) from walk "
					+ "where agreement_id = 1 and walk_date between date '2024-09-01' and date '2024-12-31'")
				.query(Long.class).single());
			assertThat(book.getSheet("Platser").getLastRowNum()).isEqualTo(s.get("placeCoverage").size());
		}
	}

	@Test
	void theCostAndThePeriodBeforeEqualRecountsInSql() throws Exception {
		JsonNode s = json(get("/api/v1/agreements/1/statistics" + AUTUMN));
		BigDecimal paid = jdbc.sql("""
				select coalesce(sum(l.amount), 0) from payment_basis b join payment_basis_line l on l.basis_id = b.id
				where b.agreement_id = 1 and b.status <> 'DRAFT' and l.status in ('PAYABLE', 'CREDIT')
				  and l.unit_date between date '2024-09-01' and date '2024-12-31'""").query(BigDecimal.class).single();
		assertThat(new BigDecimal(s.get("cost").get("paidSek").asString())).isPositive().isEqualByComparingTo(paid);
		assertThat(new BigDecimal(s.get("cost").get("perPaidWalk").asString()))
			.isEqualByComparingTo(paid.divide(BigDecimal.valueOf(s.get("paidWalks").asLong()), 2,
					java.math.RoundingMode.HALF_UP));
		JsonNode before = s.get("previous");
		assertThat(before.get("from").asString()).isEqualTo("2024-05-02");
		assertThat(before.get("to").asString()).isEqualTo("2024-08-31");
		assertThat(json(get("/api/v1/agreements/1/statistics?from=2024-05-02&to=2024-08-31")).get("walkedWalks")
			.asLong()).isEqualTo(before.get("walkedWalks").asLong());
		JsonNode spring = json(get("/api/v1/agreements/1/statistics?from=2025-01-01&to=2025-04-30"));
		assertThat(spring.get("previous").get("walkedWalks").asLong()).isEqualTo(
				json(get("/api/v1/agreements/1/statistics?from=2024-09-02&to=2024-12-31")).get("walkedWalks").asLong());
	}

	@Test
	void openDataSuppressesCountsOfOneAndTwo() throws Exception {
		MvcTestResult file = get("/api/v1/agreements/1/open-data.csv" + AUTUMN);
		assertThat(file).hasStatusOk();
		List<String> lines = new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines()
			.skip(1).toList();
		assertThat(lines).isNotEmpty();
		boolean suppressed = false;
		for (String line : lines) {
			String[] cells = line.split(";");
			for (int i = 2; i < cells.length; i++) {
				assertThat(cells[i]).as(line).isNotIn("1", "2");
				suppressed |= cells[i].equals("..");
			}
		}
		assertThat(suppressed).as("the seed has small counts somewhere").isTrue();
		assertThat(FollowUpExports.published(2)).isEqualTo("..");
		assertThat(FollowUpExports.published(3)).isEqualTo("3");
		assertThat(FollowUpExports.published(0)).isEqualTo("0");
	}

	@Test
	void openDataIsTheSameFileForEveryReaderAndEveryDayOfTheMonths() throws Exception {
		String whole = openData("?from=2024-09-01&to=2024-12-31", "distrikt");
		assertThat(whole.lines().skip(1).map(line -> line.substring(0, 7)).distinct())
			.containsExactly("2024-09", "2024-10", "2024-11", "2024-12");
		assertThat(openData("?from=2024-09-07&to=2024-12-20", "distrikt")).as("a week in from each end")
			.isEqualTo(whole);
		assertThat(openData("?from=2024-09-01&to=2024-12-31", "aik")).as("an association's contact").isEqualTo(whole);
	}

	private String openData(String period, String role) throws Exception {
		MvcTestResult file = mvc.get().uri("/api/v1/agreements/1/open-data.csv" + period)
			.header("Authorization", DemoLogins.bearer(role)).exchange();
		assertThat(file).hasStatusOk();
		return new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void aWalkerGetsNoFileAndAReversedPeriodNoPartialFile() {
		assertThat(mvc.get().uri("/api/v1/agreements/1/statistics.csv" + AUTUMN)
			.header("Authorization", DemoLogins.bearer("vandrare"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/agreements/1/statistics.xlsx?from=2024-12-31&to=2024-09-01")
			.header("Authorization", DemoLogins.bearer("distrikt"))).hasStatus(400)
			.hasContentType("application/problem+json");
	}

	private MvcTestResult get(String path) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer("distrikt")).exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}
}
