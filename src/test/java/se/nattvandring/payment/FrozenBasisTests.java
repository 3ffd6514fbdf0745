package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * Issued means frozen: an attested basis's documents are the files kept when it was issued and attested, byte for
 * byte, whatever changes afterwards in the records they were made from; and an association's new bankgiro waits for
 * the district. Rolls back what it changes.
 */
@IntegrationTest
@Transactional
class FrozenBasisTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAttestedBasisStaysAsItWasWhateverChangesInTheLiveRecordsAndANewBankgiroWaitsForTheDistrict()
			throws Exception {
		long basis = jdbc.sql("""
				select max(id) from payment_basis where agreement_id = 1 and association_id = 2 and status = 'ATTESTED'
				""").query(Long.class).single();
		String path = "/api/v1/payment-bases/" + basis;
		byte[] pdf = download(path, "application/pdf");
		byte[] csv = download(path, "text/csv");
		byte[] peppol = download(path + "/peppol", "application/xml");
		byte[] sie = download(path + "/sie", "text/x-sie");
		String bankgiroBefore = invoicing().bankgiro();
		assertThat(new String(peppol, java.nio.charset.StandardCharsets.UTF_8)).contains(bankgiroBefore.replace("-", ""));

		assertThat(put("/api/v1/organisations/2/invoicing", "aik", """
				{"organisationNumber":"%s","bankgiro":"5050-1055","vatRegistered":false,
				 "streetAddress":"Ny gata 1","postalCode":"125 30","city":"Älvsjö"}"""
			.formatted(invoicing().organisationNumber()))).hasStatusOk();
		assertThat(invoicing().bankgiro()).as("the confirmed bankgiro stays until the district confirms")
			.isEqualTo(bankgiroBefore);
		assertThat(get("/api/v1/organisations/2/invoicing/pending", "distrikt")).hasStatusOk().bodyJson()
			.extractingPath("$.pending.bankgiro").isEqualTo("5050-1055");
		assertThat(post("/api/v1/organisations/2/invoicing/confirm", "aik")).hasStatus(403);
		jdbc.sql("update payment_settings set expense_account = '4659', payable_account = '2449' where agreement_id = 1")
			.update();
		jdbc.sql("""
				update agreement set title = 'Ett annat namn', case_number = 'HÄ 9999/1', compensation_rate = 2500,
				  invoicing_reference_code = 'ANNAN-REF' where id = 1""").update();
		jdbc.sql("update walker set status = 'INACTIVE' where association_id = 2 and status = 'ACTIVE'").update();
		assertThat(post("/api/v1/organisations/2/invoicing/confirm", "distrikt")).hasStatusOk().bodyJson()
			.extractingPath("$.bankgiro").isEqualTo("5050-1055");
		assertThat(invoicing().bankgiro()).isEqualTo("5050-1055");

		assertThat(download(path, "application/pdf")).isEqualTo(pdf);
		assertThat(download(path, "text/csv")).isEqualTo(csv);
		assertThat(download(path + "/peppol", "application/xml")).isEqualTo(peppol);
		assertThat(download(path + "/sie", "text/x-sie")).isEqualTo(sie);
		assertThat(get(path + "/hashes", "distrikt")).bodyJson().extractingPath("$['PEPPOL/ATTESTED']")
			.isEqualTo(se.nattvandring.shared.Hashes.sha256Hex(peppol));
		assertThat(get(path + "/peppol", "distrikt").getResponse().getHeader("Repr-Digest")).isEqualTo(
				"sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
					.getInstance("SHA-256").digest(peppol)) + ":");
	}

	private se.nattvandring.identity.InvoicingDetails invoicing() {
		return jdbc.sql("select * from organisation where id = 2").query((rs, row) -> new se.nattvandring.identity
			.InvoicingDetails(rs.getString("organisation_number"), rs.getString("bankgiro"), rs.getString("plusgiro"),
					rs.getBoolean("vat_registered"), rs.getString("peppol_id"), rs.getString("street_address"),
					rs.getString("postal_code"), rs.getString("city"))).single();
	}

	private byte[] download(String path, String accept) {
		MvcTestResult answer = mvc.get().uri(path).header("Authorization", DemoLogins.bearer("distrikt"))
			.accept(MediaType.parseMediaType(accept)).exchange();
		assertThat(answer).hasStatusOk();
		return answer.getResponse().getContentAsByteArray();
	}

	private MvcTestResult put(String path, String role, String json) {
		return mvc.put().uri(path).header("Authorization", DemoLogins.bearer(role))
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult post(String path, String role) {
		return mvc.post().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}


	private MvcTestResult get(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}
}
