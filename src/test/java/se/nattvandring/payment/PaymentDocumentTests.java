package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.diver.api.coord.DVRCoordinate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.InvoicingDetails;
import se.nattvandring.identity.Organisation;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * The documents of the seed season's issued bases, read back as their receivers read them: the Peppol invoice by
 * phive's EN 16931 and Peppol BIS 3 rules, the SIE file in IBM437, the PDF by PDFBox and the CSV as Excel would.
 */
@IntegrationTest
class PaymentDocumentTests {

	static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BasisDocuments documents;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void loadTheOfficialRules() {
		EN16931Validation.initEN16931(RULES);
		PeppolValidation.initStandard(RULES);
	}

	@Test
	void thePeppolInvoiceOfEachAssociationValidatesWithZeroErrors() {
		for (long association : List.of(NightTestWorld.AIK, NightTestWorld.FOLKPARKEN)) {
			long basis = issuedBasisOf(association);
			MvcTestResult answer = mvc.get().uri("/api/v1/payment-bases/" + basis + "/peppol")
				.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
			assertThat(answer).hasStatusOk();
			byte[] xml = answer.getResponse().getContentAsByteArray();

			assertThat(errors(xml, EN16931Validation.VID_UBL_INVOICE_1315)).as("EN 16931, association %d", association)
				.isEmpty();
			assertThat(errors(xml, PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3))
				.as("Peppol BIS 3, association %d", association).isEmpty();
			String text = new String(xml, StandardCharsets.UTF_8);
			assertThat(text).contains("<cbc:BuyerReference>HÄ-SOS-4711</cbc:BuyerReference>")
				.contains("schemeID=\"0007\">2120000142</cbc:EndpointID>").contains("<cbc:ID>O</cbc:ID>");
		}
	}

	@Test
	void theRulesThemselvesRefuseAnInvoiceWithoutTheBuyersReference() {
		BasisDocument document = documents.document(issuedBasisOf(NightTestWorld.AIK), world.coordinator());
		String valid = new String(PeppolInvoice.write(document), StandardCharsets.UTF_8);
		byte[] broken = valid.replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "")
			.replace("<cbc:ID>O</cbc:ID>", "<cbc:ID>Z</cbc:ID>").getBytes(StandardCharsets.UTF_8);

		assertThat(errors(broken, PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3))
			.anyMatch(e -> e.startsWith("PEPPOL-EN16931-R003")).hasSizeGreaterThan(1);
	}

	@Autowired
	PaymentCorrections corrections;

	@Autowired
	PaymentBases bases;

	@Test
	@org.springframework.transaction.annotation.Transactional
	void aCorrectionOfAnInvoicedBasisIsACreditNoteThatRefersToTheInvoiceAndValidates() {
		long original = issuedBasisOf(NightTestWorld.AIK);
		long walk = bases.get(original, world.coordinator()).paidWalkIds().get(0);
		PaymentBasis correction = corrections.correct(original, new PaymentCorrections.BasisCorrection(List.of(walk),
				"Stickprovet fann ingen vandring"), world.coordinator());
		bases.issue(correction.id(), world.coordinator());

		MvcTestResult answer = mvc.get().uri("/api/v1/payment-bases/" + correction.id() + "/peppol")
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
		assertThat(answer).hasStatusOk();
		byte[] xml = answer.getResponse().getContentAsByteArray();

		assertThat(errors(xml, EN16931Validation.VID_UBL_CREDIT_NOTE_1315)).isEmpty();
		assertThat(errors(xml, PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3)).isEmpty();
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
			.contains("<cac:InvoiceDocumentReference><cbc:ID>NV-1-" + original + "</cbc:ID>")
			.contains("<cbc:PayableAmount currencyID=\"SEK\">1700.00</cbc:PayableAmount>");
	}

	@Test
	void aVatRegisteredAssociationInvoicesAtTheStandardRateAndStillValidates() {
		BasisDocument plain = documents.document(issuedBasisOf(NightTestWorld.AIK), world.coordinator());
		Organisation registered = plain.association().withInvoicing(new InvoicingDetails("802014-8378", "575-1045",
				null, true, "0007:8020148378", "Götalandsvägen 230", "125 44", "Älvsjö"));
		byte[] xml = PeppolInvoice.write(new BasisDocument(plain.basis(), plain.agreement(), plain.district(),
				registered, plain.booking(), plain.preparedBy(), plain.issuedBy(), plain.attestedBy(),
				plain.documentDate()));

		assertThat(errors(xml, PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3)).isEmpty();
		String text = new String(xml, StandardCharsets.UTF_8);
		// The total is what the district pays, one figure everywhere: the invoice splits the VAT out of it.
		BigDecimal net = plain.total().multiply(new BigDecimal("0.8")).setScale(2);
		assertThat(text).contains("<cbc:CompanyID>SE802014837801</cbc:CompanyID>")
			.contains("<cbc:PayableAmount currencyID=\"SEK\">" + plain.total().toPlainString() + "</cbc:PayableAmount>")
			.contains("<cbc:TaxExclusiveAmount currencyID=\"SEK\">" + net.toPlainString() + "</cbc:TaxExclusiveAmount>")
			.contains("<cbc:TaxAmount currencyID=\"SEK\">" + plain.total().subtract(net).toPlainString());
		String sie = new String(SieVoucher.write(new BasisDocument(plain.basis(), plain.agreement(), plain.district(),
				registered, plain.booking(), plain.preparedBy(), plain.issuedBy(), plain.attestedBy(),
				plain.documentDate())), SieVoucher.PC8);
		assertThat(sie).contains("#TRANS 2640 {} " + plain.total().subtract(net).toPlainString())
			.contains("#TRANS 2440 {} -" + plain.total().toPlainString());
	}

	@Test
	void theSieVoucherIsInIbm437AndBalancesToZero() {
		long basis = issuedBasisOf(NightTestWorld.AIK);
		MvcTestResult answer = mvc.get().uri("/api/v1/payment-bases/" + basis + "/sie")
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
		assertThat(answer).hasStatusOk();
		byte[] bytes = answer.getResponse().getContentAsByteArray();
		String sie = new String(bytes, SieVoucher.PC8);

		assertThat(sie).startsWith("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n")
			.contains("#FNAMN \"Hägersten-Älvsjö stadsdelsförvaltning\"");
		// ä is 0x84 in code page 437, not UTF-8's two bytes.
		assertThat(bytes).contains((byte) 0x84).doesNotContain((byte) 0xC3);
		assertThat(sie.lines().filter(l -> l.startsWith("#VER")).count()).isEqualTo(1);
		BigDecimal balance = sie.lines().filter(l -> l.startsWith("#TRANS"))
			.map(l -> new BigDecimal(l.substring(l.lastIndexOf(' ') + 1))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(balance).isEqualByComparingTo(BigDecimal.ZERO);
		BigDecimal total = jdbc.sql("select total from payment_basis where id = :id").param("id", basis)
			.query(BigDecimal.class).single();
		assertThat(sie).contains("#TRANS 4650 {} " + total.toPlainString() + "\r\n");
	}

	@Test
	void thePdfCarriesThePartiesTheCaseNumberTheTotalAndBothPeople() throws Exception {
		long basis = issuedBasisOf(NightTestWorld.AIK);
		MvcTestResult answer = mvc.get().uri("/api/v1/payment-bases/" + basis).accept("application/pdf")
			.header("Authorization", DemoLogins.bearer("aik")).exchange();
		assertThat(answer).hasStatusOk().hasContentType("application/pdf");
		BigDecimal total = jdbc.sql("select total from payment_basis where id = :id").param("id", basis)
			.query(BigDecimal.class).single();

		try (PDDocument pdf = Loader.loadPDF(answer.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
			assertThat(text).contains("Hägersten-Älvsjö stadsdelsförvaltning").contains("Älvsjö AIK")
				.contains("HÄ 2024/1457").contains("Karin Lindqvist").contains("Birgitta Ek")
				.contains("575-1045").contains(new se.nattvandring.shared.SwedishFormats().money(total)
					.replace('\u00A0', ' '));
		}
	}

	@Test
	void theCsvOpensInSwedishExcel() throws Exception {
		long basis = issuedBasisOf(NightTestWorld.FOLKPARKEN);
		MvcTestResult answer = mvc.get().uri("/api/v1/payment-bases/" + basis).accept("text/csv")
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
		assertThat(answer).hasStatusOk();
		byte[] bytes = answer.getResponse().getContentAsByteArray();

		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Datum;Enhet;Vandringar;Nattvandrare;Timmar;Status;À-pris;Belopp");
		assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\d;walk:\\d+;1;\\d+;\\d+,\\d;Betalas;1700,00;1700,00");
		assertThat(lines.get(lines.size() - 1)).startsWith("Summa;").endsWith(",00");
		assertThat(Locale.forLanguageTag("sv")).isEqualTo(BasisRenderer.SWEDISH);
	}

	@Test
	void aDraftHasNoVoucherAndNoInvoiceAndOthersSeeNoBasis() {
		long basis = issuedBasisOf(NightTestWorld.FOLKPARKEN);
		assertThat(mvc.get().uri("/api/v1/payment-bases/" + basis + "/peppol")
			.header("Authorization", DemoLogins.bearer("aik")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/payment-bases/" + basis)
			.header("Authorization", DemoLogins.bearer("falt")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/payment-bases/" + basis)
			.header("Authorization", DemoLogins.bearer("folkparken")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/payment-bases/" + basis + "/sie")
			.header("Authorization", DemoLogins.bearer("folkparken")).exchange()).hasStatus(403);
	}

	private long issuedBasisOf(long association) {
		return jdbc.sql("""
				select min(id) from payment_basis where agreement_id = 1 and association_id = :association
				and status = 'ATTESTED'""").param("association", association).query(Long.class).single();
	}

	private static List<String> errors(byte[] xml, DVRCoordinate rules) {
		ValidationResultList results = ValidationExecutionManager.executeValidation(
				IValidityDeterminator.createDefault(), RULES.getOfID(rules),
				ValidationSourceXML.create(new ReadableResourceByteArray(xml)));
		return results.getAllErrors().stream().map(e -> e.getErrorID() + ": " + e.getErrorText(Locale.ROOT)).toList();
	}
}
