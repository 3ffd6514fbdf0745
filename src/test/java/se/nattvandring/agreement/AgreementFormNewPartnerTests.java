package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * The coordinator adds a new association from inside the agreement form: it is registered, its contact invited, it
 * takes the next party row, and nothing typed in the agreement is lost, whether the addition succeeds or is refused.
 */
@IntegrationTest
@Transactional
class AgreementFormNewPartnerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewAssociationJoinsThePartiesAndTheContactIsInvitedWithoutLeavingTheForm() throws Exception {
		MvcTestResult answer = post("802479-1124");

		assertThat(answer).hasStatusOk();
		long added = jdbc.sql("select id from organisation where organisation_number = '802479-1124'")
			.query(Long.class).single();
		String page = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Hägerstensåsens IF är tillagd som part")
			.contains("value=\"Nattvandring i Fruangen\"")
			.containsPattern("<option value=\"" + added + "\" selected=\"selected\">Hägerstensåsens IF</option>");
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'ada@hagerstensasen.example'")
			.query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from agreement where title = 'Nattvandring i Fruangen'")
			.query(Long.class).single()).as("the agreement itself is not saved yet").isZero();
	}

	@Test
	void aRefusedAdditionSaysWhyAtItsFieldAndKeepsEverythingTyped() throws Exception {
		MvcTestResult answer = post("802479-1125");

		assertThat(answer).hasStatus(400);
		String page = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"f-new-number-error\"").contains("value=\"Nattvandring i Fruangen\"")
			.contains("value=\"802479-1125\"").contains("<details class=\"new-partner\" open");
		assertThat(jdbc.sql("select count(*) from organisation where name = 'Hägerstensåsens IF'")
			.query(Long.class).single()).isZero();
	}

	private MvcTestResult post(String organisationNumber) {
		return mvc.post().uri("/agreements?lang=sv").with(csrf()).cookie(new DemoLogins(mvc).session("distrikt"))
			.param("title", "Nattvandring i Fruangen").param("parties[0].organisationId", "1")
			.param("parties[0].role", "PRINCIPAL").param("addRow", "partner")
			.param("newPartner.kind", "ASSOCIATION").param("newPartner.name", "Hägerstensåsens IF")
			.param("newPartner.organisationNumber", organisationNumber).param("newPartner.contactName", "Ada Kontakt")
			.param("newPartner.contactEmail", "ada@hagerstensasen.example").exchange();
	}
}
