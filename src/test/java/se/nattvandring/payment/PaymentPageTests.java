package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * The payment pages as the coordinator, the head of department and the association use them: prepare, issue, attest,
 * and the association's invoicing details. Each test rolls back.
 */
@IntegrationTest
@Transactional
class PaymentPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorPreparesAndIssuesAndTheHeadOfDepartmentAttests() {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decision(Step.APPROVE, null, null), world.coordinator());
		LocalDate date = jdbc.sql("select walk_date from walk where id = :id").param("id", walk)
			.query(LocalDate.class).single();
		Cookie coordinator = session("distrikt");
		assertThat(mvc.get().uri("/agreements/2/payments").cookie(coordinator)).hasStatusOk().bodyText()
			.contains("<h1>Utbetalningsunderlag</h1>", "Ta fram utkast");

		MvcTestResult prepared = mvc.post().uri("/agreements/2/payments").cookie(coordinator).with(csrf())
			.param("associationId", "2").param("period", date.toString()).exchange();
		long basis = jdbc.sql("select max(id) from payment_basis").query(Long.class).single();
		assertThat(prepared).hasStatus3xxRedirection().hasRedirectedUrl("/payments/" + basis);
		assertThat(mvc.get().uri("/payments/" + basis).cookie(coordinator)).hasStatusOk().bodyText()
			.contains("<h1>Utbetalningsunderlag för Älvsjö AIK", "Utkast", "Utfärda underlaget")
			.doesNotContain("Verifikation som SIE 4I");

		mvc.post().uri("/payments/" + basis + "/issue").cookie(coordinator).with(csrf()).exchange();
		assertThat(status(basis)).isEqualTo("ISSUED");
		assertThat(world.status(walk)).isEqualTo("PAID");
		MvcTestResult again = mvc.post().uri("/payments/" + basis + "/issue").cookie(coordinator).with(csrf())
			.exchange();
		assertThat(again).hasStatus3xxRedirection();
		assertThat(again).flash().containsKey("refusalText");

		Cookie chef = session("chef");
		assertThat(mvc.get().uri("/payments/" + basis).cookie(chef)).hasStatusOk().bodyText()
			.contains("Beslutsattestera", "Verifikation som SIE 4I");
		mvc.post().uri("/payments/" + basis + "/attest").cookie(chef).with(csrf()).exchange();
		assertThat(status(basis)).isEqualTo("ATTESTED");
		assertThat(mvc.get().uri("/payments/" + basis + "/document/pdf").cookie(chef)).hasStatusOk()
			.hasContentType("application/pdf");
	}

	@Test
	void aDayOutsideAnyApprovedWalkIsRefusedOnThePageWithWhatWasChosen() {
		MvcTestResult refused = mvc.post().uri("/agreements/2/payments").cookie(session("distrikt")).with(csrf())
			.param("associationId", "3").param("period", "2026-03-15").exchange();

		assertThat(refused).hasStatus(409).bodyText().contains("ingen godkänd, obetald nattvandring")
			.contains("value=\"2026-03-15\"").containsPattern("<option value=\"3\"\\s+selected");
	}

	@Test
	void theAssociationSeesItsOwnBasesAndKeepsItsInvoicingDetails() {
		Cookie aik = session("aik");
		assertThat(mvc.get().uri("/agreements/1/payments").cookie(aik)).hasStatusOk().bodyText()
			.contains("Älvsjö AIK").doesNotContain("Södra Folkparken,").doesNotContain("Ta fram utkast");

		MvcTestResult bad = mvc.post().uri("/organisation/invoicing").cookie(aik).with(csrf())
			.param("organisationNumber", "802014-8378").param("bankgiro", "123-4567").param("city", "Älvsjö")
			.exchange();
		assertThat(bad).hasStatus(400).bodyText().contains("Bankgironumret ska skrivas", "value=\"123-4567\"",
				"value=\"Älvsjö\"");
		MvcTestResult saved = mvc.post().uri("/organisation/invoicing").cookie(aik).with(csrf())
			.param("organisationNumber", "802014-8378").param("bankgiro", "575-1045").param("vatRegistered", "true")
			.param("peppolId", "0007:8020148378").param("postalCode", "12544").exchange();
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(jdbc.sql("select peppol_id || ' ' || postal_code || ' ' || vat_registered from organisation where id = 2")
			.query(String.class).single()).isEqualTo("0007:8020148378 125 44 true");
	}

	private String status(long basis) {
		return jdbc.sql("select status from payment_basis where id = :id").param("id", basis).query(String.class)
			.single();
	}

	private Cookie session(String username) {
		return new DemoLogins(mvc).session(username);
	}
}
