package se.nattvandring.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register extract shows every table that refers to a walker, as JSON, as PDF and on the page. */
@IntegrationTest
class RegisterExtractTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RegisterExtracts extracts;

	/** Found from the schema, so that a table added later with a reference to walker cannot be forgotten. */
	@Test
	void theExtractCoversEveryTableThatRefersToAWalker() {
		List<String> referring = jdbc.sql("""
				select distinct tc.table_name from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu
				  on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
				where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'walker'
				""").query(String.class).list();

		assertThat(referring).contains("walker_training", "walker_loan", "walk_signup", "walk", "mail_message",
				"calendar_feed");
		assertThat(extracts.coveredTables()).contains("walker").containsAll(referring);
	}

	@Test
	void theWalkerDownloadsTheirOwnExtractAsJsonWithEveryTable() throws Exception {
		var result = mvc.get().uri("/me/data.json").cookie(new DemoLogins(mvc).session("vandrare")).exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		JsonNode tables = json.readTree(result.getResponse().getContentAsString()).get("tables");
		assertThat(tables.propertyNames()).containsAll(extracts.coveredTables());
		assertThat(tables.get("walker").get(0).get("name").asString()).isEqualTo("Leila Andersson");
		assertThat(tables.get("walker_training").size()).isPositive();
		assertThat(tables.get("walk_signup").size()).isPositive();
	}

	@Test
	void theExtractAsPdfCarriesTheWalkersDataInReadableText() throws Exception {
		var result = mvc.get().uri("/me/data.pdf").header("Accept-Language", "sv")
			.cookie(new DemoLogins(mvc).session("vandrare")).exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Registerutdrag").contains("Leila Andersson").contains("Nattvandring.nu")
				.contains("Anmälningar till vandringar");
		}
	}

	@Test
	void theMyDataPageListsTheSameTables() {
		var result = mvc.get().uri("/me/data").cookie(new DemoLogins(mvc).session("vandrare")).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Leila Andersson").contains("Utbildningar").contains("Lån");
	}

	@Test
	void anotherAssociationCannotFetchAWalkersExtract() {
		long leila = jdbc.sql("select id from walker where name = 'Leila Andersson'").query(Long.class).single();

		assertThat(mvc.get().uri("/walkers/" + leila + "/extract.json")
			.cookie(new DemoLogins(mvc).session("folkparken")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/walkers/" + leila + "/extract.json")
			.cookie(new DemoLogins(mvc).session("aik")).exchange()).hasStatusOk();
	}
}
