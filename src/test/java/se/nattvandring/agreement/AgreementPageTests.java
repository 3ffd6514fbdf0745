package se.nattvandring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import se.nattvandring.identity.Organisations;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** The coordinator's agreement screens: post/redirect/get, errors at the field, and nothing typed is lost. */
@IntegrationTest
class AgreementPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Organisations organisations;

	MockMvcRequestBuilder validForm(String caseNumber, String... overrides) {
		long district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow().requiredId();
		long aik = organisations.byName("Älvsjö AIK").orElseThrow().requiredId();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "IOP nattvandring Fruängen");
		fields.put("caseNumber", caseNumber);
		fields.put("area", "Fruängen");
		fields.put("periodStart", "2026-01-01");
		fields.put("periodEnd", "2026-12-31");
		fields.put("compensation.unit", "PER_EVENING");
		fields.put("compensation.rateSek", "1 500");
		fields.put("compensation.cadence", "QUARTERLY");
		fields.put("criteria.minWalkers", "2");
		fields.put("criteria.minAge", "20");
		fields.put("criteria.windowStart", "19:00");
		fields.put("criteria.windowEnd", "01:00");
		fields.put("criteria.minDurationMinutes", "120");
		fields.put("criteria.reportDeadlineDays", "7");
		fields.put("parties[0].organisationId", String.valueOf(district));
		fields.put("parties[0].role", "PRINCIPAL");
		fields.put("parties[1].organisationId", "");
		fields.put("parties[1].role", "");
		fields.put("parties[2].organisationId", String.valueOf(aik));
		fields.put("parties[2].role", "ASSOCIATION");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = mvc.post().uri("/agreements").cookie(new DemoLogins(mvc).session("distrikt")).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aValidAgreementIsSavedAndShownWithItsHistory() {
		var created = validForm("HÄ 2026/PAGE").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();

		var session = new DemoLogins(mvc).session("distrikt");
		assertThat(mvc.get().uri(location).cookie(session)).hasStatusOk().bodyText()
			.contains("IOP nattvandring Fruängen", "1\u00A0500\u00A0kr per kväll", "Historik", "skapade");
		assertThat(mvc.get().uri(location).cookie(new DemoLogins(mvc).session("aik"))).hasStatusOk().bodyText()
			.contains("IOP nattvandring Fruängen").doesNotContain("Historik");
	}

	@Test
	void badInputIsShownAtEachFieldAndWhatWasTypedStays() {
		var result = validForm("HÄ 2024/1457", "periodEnd", "2025-12-31", "criteria.minAge", "sjutton", "title",
				"<b>Fet</b> rubrik").exchange();

		assertThat(result).hasStatus(400).bodyText()
			.contains("Det finns redan ett avtal med det diarienumret.", "Avtalet kan inte sluta innan det börjar.",
					"Ange ett heltal.", "Texten får inte innehålla HTML-kod eller skript.")
			.contains("value=\"sjutton\"", "value=\"&lt;b&gt;Fet&lt;/b&gt; rubrik\"", "value=\"H&Auml; 2024/1457\"")
			.contains("aria-invalid=\"true\"", "id=\"error-summary\"");
	}

	@Test
	void htmxAddsAPartyRowFromTheSameHandler() {
		var fragment = validForm("HÄ 2026/HTMX", "addRow", "party").header("HX-Request", "true").exchange();

		assertThat(fragment).hasStatusOk().bodyText().startsWith("<div id=\"parties\"")
			.contains("parties[3].organisationId").doesNotContain("<html");
		var page = validForm("HÄ 2026/HTMX", "addRow", "party").exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html", "parties[3].organisationId");
	}

	@Test
	void theEditFormStartsFromTheAgreementAsItIs() {
		assertThat(mvc.get().uri("/agreements/1/edit").cookie(new DemoLogins(mvc).session("distrikt"))).hasStatusOk()
			.bodyText().contains("value=\"1700\"", "value=\"19:00\"", "value=\"2025-12-31\"");
	}

	@Test
	void theStartPageShowsTheUsersAgreementsInSwedishFormats() {
		assertThat(mvc.get().uri("/").cookie(new DemoLogins(mvc).session("vandrare"))).hasStatusOk().bodyText()
			.contains("Välkommen, nattvandrare", "1\u00A0700\u00A0kr per genomförd nattvandring",
					"minst 3 vandrare från 18 år, mellan 19:00 och 03:00, minst 3 timmar");
	}
}
