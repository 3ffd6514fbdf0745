package se.nattvandring.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Älvsjö AIK imports its member list as IdrottOnline exports it: 5,000 members and three rows that cannot be walkers.
 * The preview stores nobody; confirming stores the 5,000; the same file again finds all 5,000 already there and adds
 * nobody, and a file that is not a list stores nothing. The members are this test's own and are removed after it.
 */
@IntegrationTest
class WalkerImportTests {

	static final int MEMBERS = 5_000;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final String tag = "imp" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void removeTheMembers() {
		jdbc.sql("delete from walker where email like :tag").param("tag", tag + "%").update();
	}

	@Test
	void aListOfFiveThousandIsPreviewedThenStoredAndTheSameListAgainAddsNobody() throws Exception {
		byte[] list = memberList();

		JsonNode preview = upload(list, "medlemmar.csv");
		assertThat(preview.get("newWalkers").asInt()).isEqualTo(MEMBERS);
		assertThat(preview.get("refused").asInt()).isEqualTo(3);
		assertThat(preview.get("rows").size()).isEqualTo(MEMBERS + 3);
		assertThat(reasonOfLine(preview, MEMBERS + 2)).contains("personnummer");
		assertThat(reasonOfLine(preview, MEMBERS + 3)).contains("Födelsedatumet");
		assertThat(reasonOfLine(preview, MEMBERS + 4)).contains("tidigare rad");
		assertThat(members()).as("nothing stored before the contact confirms").isZero();

		JsonNode stored = confirm(preview.get("id").asLong());
		assertThat(stored.get("added").asInt()).isEqualTo(MEMBERS);
		assertThat(members()).isEqualTo(MEMBERS);
		assertThat(jdbc.sql("select count(*) from walker where email = :e and name = 'Anna Medlem 17' "
				+ "and phone = '070-000 00 17' and birth_date = date '1980-01-18' and association_id = 2")
			.param("e", tag + "17@exempel.se").query(Long.class).single()).isEqualTo(1);

		JsonNode again = upload(list, "medlemmar.csv");
		assertThat(again.get("newWalkers").asInt()).isZero();
		// The row that repeated member 0 in the file is now simply member 0, already a walker.
		assertThat(again.get("matched").asInt()).isEqualTo(MEMBERS + 1);
		assertThat(again.get("refused").asInt()).isEqualTo(2);
		assertThat(confirm(again.get("id").asLong()).get("added").asInt()).isZero();
		assertThat(confirm(preview.get("id").asLong()).get("added").asInt()).as("confirmed twice, answered the same")
			.isEqualTo(MEMBERS);
		assertThat(members()).as("nobody twice").isEqualTo(MEMBERS);
	}

	@Test
	void aFileThatIsNoListIsRefusedWithItsReasonAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from walker_import").query(Long.class).single();
		byte[] broken = { 'P', 'K', 3, 4, 1, 2, 3 };

		MvcTestResult answer = mvc.post().uri("/api/v1/associations/2/walker-imports")
			.header("Authorization", DemoLogins.bearer("aik")).header("Accept-Language", "sv")
			.multipart().file(new MockMultipartFile("file", "medlemmar.xlsx", null, broken))
			.param("name", "Namn").param("birthDate", "Födelsedatum").param("informedOn", "2026-11-01").exchange();

		assertThat(answer).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].message").asString().contains("går inte att läsa");
		assertThat(jdbc.sql("select count(*) from walker_import").query(Long.class).single()).isEqualTo(before);
		assertThat(members()).isZero();
	}

	private byte[] memberList() {
		StringBuilder csv = new StringBuilder("\uFEFFFörnamn;Efternamn;E-post;Mobil;Födelsedatum\n");
		LocalDate born = LocalDate.of(1980, 1, 1);
		for (int i = 0; i < MEMBERS; i++) {
			csv.append("Anna;Medlem ").append(i).append(';').append(tag).append(i).append("@exempel.se;070-000 00 ")
				.append(String.format("%02d", i % 100)).append(';').append(born.plusDays(i % 9000)).append('\n');
		}
		csv.append("Bo;Personnummer;").append(tag).append("pn@exempel.se;;19800101-1234\n");
		csv.append("Cilla;Utan datum;").append(tag).append("nd@exempel.se;;1 januari\n");
		csv.append("Anna;Medlem 0;").append(tag).append("0@exempel.se;;1980-01-01\n");
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode upload(byte[] list, String fileName) throws Exception {
		MvcTestResult answer = mvc.post().uri("/api/v1/associations/2/walker-imports")
			.header("Authorization", DemoLogins.bearer("aik")).header("Accept-Language", "sv")
			.multipart().file(new MockMultipartFile("file", fileName, "text/csv", list))
			.param("name", "Förnamn+Efternamn").param("email", "E-post").param("phone", "Mobil")
			.param("birthDate", "Födelsedatum").param("informedOn", "2026-11-01").exchange();
		assertThat(answer).hasStatus(201);
		return json.readTree(answer.getResponse().getContentAsString());
	}

	private JsonNode confirm(long id) throws Exception {
		MvcTestResult answer = mvc.post().uri("/api/v1/walker-imports/" + id + "/confirm")
			.header("Authorization", DemoLogins.bearer("aik")).exchange();
		assertThat(answer).hasStatusOk();
		return json.readTree(answer.getResponse().getContentAsString());
	}

	private static String reasonOfLine(JsonNode preview, int line) {
		for (JsonNode row : preview.get("rows")) {
			if (row.get("line").asInt() == line) {
				assertThat(row.get("outcome").asString()).isEqualTo("REFUSED");
				return row.get("reasons").toString();
			}
		}
		throw new AssertionError("no row " + line);
	}

	private long members() {
		return jdbc.sql("select count(*) from walker where email like :tag").param("tag", tag + "%")
			.query(Long.class).single();
	}
}
