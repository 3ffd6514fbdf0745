package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.AuditRecord;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * What people write into the evaluation: the associations' comments, the coordinator's assessment, the extension
 * decision that moves the agreement's end, and the dialogue meetings; each by its own party, each on the report.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class EvaluationRecordsTests {

	static final String PERIOD = "?from=2026-01-01&to=2026-06-30";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/** What reaches the audit trail once the change commits; the test rolls back, so it reads the events. */
	@Autowired
	ApplicationEvents trail;

	@Test
	void eachAssociationWritesItsOwnCommentAndTheReportCarriesItAsWritten() {
		MvcTestResult written = post("/agreements/2/evaluation/comment" + PERIOD, "aik",
				"worked", "Fler vuxna vid stationen", "didNotWork", "Sena fredagar", "needs", "Reflexvästar");
		assertThat(written).hasStatus3xxRedirection();
		assertThat(jdbc.sql("select needs from followup_comment where agreement_id = 2 and association_id = 2")
			.query(String.class).single()).isEqualTo("Reflexvästar");
		assertThat(trail.stream(AuditRecord.class).filter(r -> r.action().equals("followUpCommentWritten")))
			.singleElement().extracting(r -> r.changes().toString()).asString().contains("didNotWork")
			.doesNotContain("Reflexvästar", "Sena fredagar");

		assertThat(page("/agreements/2/evaluation" + PERIOD, "namnd")).hasStatusOk().bodyText()
			.contains("<h1>Utvärdering för nämnden</h1>", "Fler vuxna vid stationen", "Reflexvästar");
		assertThat(page("/agreements/2/evaluation" + PERIOD, "folkparken")).bodyText()
			.doesNotContain("Reflexvästar");
		assertThat(post("/agreements/2/evaluation/comment" + PERIOD, "namnd", "worked", "x", "didNotWork", "x",
				"needs", "x")).hasStatus(403);
	}

	@Test
	void aCommentMissingAFieldIsShownAgainWithWhatWasTyped() {
		MvcTestResult refused = post("/agreements/2/evaluation/comment" + PERIOD, "aik", "worked", "Bra samarbete",
				"didNotWork", "", "needs", "Fler vandrare");
		assertThat(refused).hasStatus(400).bodyText().contains("Fyll i det här fältet", "Bra samarbete",
				"Fler vandrare");
		assertThat(jdbc.sql("select count(*) from followup_comment where agreement_id = 2").query(Long.class).single()).isZero();
	}

	@Test
	void theExtensionDecisionMovesTheAgreementsEndWithinItsOption() {
		MvcTestResult recorded = post("/agreements/2/evaluation/decision" + PERIOD, "distrikt", "outcome", "EXTENDED",
				"extendedTo", "2028-12-31", "decidedOn", "2027-10-20", "decidedBy", "Stadsdelsnämnden",
				"reference", "HÄ 2027/1001");
		assertThat(recorded).hasStatus3xxRedirection();
		assertThat(jdbc.sql("select max(extended_to) from agreement_extension where agreement_id = 2")
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(page("/agreements/2/evaluation" + PERIOD, "namnd")).bodyText()
			.contains("Förlängt till", "HÄ 2027/1001");

		MvcTestResult beyond = post("/agreements/2/evaluation/decision" + PERIOD, "distrikt", "outcome", "EXTENDED",
				"extendedTo", "2029-12-31", "decidedOn", "2028-10-20", "decidedBy", "Stadsdelsnämnden",
				"reference", "HÄ 2028/1");
		assertThat(beyond).hasStatus(400).bodyText().contains("längre än avtalet tillåter", "HÄ 2028/1");
		assertThat(jdbc.sql("select count(*) from followup_extension_decision").query(Long.class).single())
			.isEqualTo(1);
		assertThat(post("/agreements/2/evaluation/decision" + PERIOD, "chef", "outcome", "NOT_EXTENDED",
				"decidedOn", "2027-10-20", "decidedBy", "Nämnden", "reference", "HÄ 1")).hasStatus(403);
	}

	@Test
	void theAssessmentAndAMeetingsDecisionLinkedToThePlaceAgreementAreOnTheReport() {
		assertThat(post("/agreements/2/evaluation/assessment" + PERIOD, "distrikt", "assessment",
				"Samverkan fungerar väl", "recommendation", "EXTEND_WITH_CHANGES")).hasStatus3xxRedirection();
		assertThat(post("/agreements/2/dialogue", "distrikt", "heldOn", "2026-03-10", "title", "Avstämning",
				"agenda", "Platser och tider")).hasStatus3xxRedirection();
		long meeting = jdbc.sql("select id from dialogue_meeting where agreement_id = 2").query(Long.class).single();
		int version = jdbc.sql("select max(version_number) from place_plan where agreement_id = 2")
			.query(Integer.class).single();

		assertThat(post("/dialogue/" + meeting + "/minutes", "distrikt", "minutes", "Vi enades", "decision",
				"Lägg till skolgården", "changed", "PLACE_PLAN", "changedRef", String.valueOf(version + 7)))
			.hasStatus(400).bodyText().contains("ingen sådan version", "Lägg till skolgården");
		assertThat(post("/dialogue/" + meeting + "/minutes", "distrikt", "minutes", "Vi enades", "decision",
				"Lägg till skolgården", "changed", "PLACE_PLAN", "changedRef", String.valueOf(version)))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("select changed || ':' || changed_ref from dialogue_decision where dialogue_meeting = ?")
			.param(meeting).query(String.class).single()).isEqualTo("PLACE_PLAN:" + version);
		assertThat(post("/dialogue/" + meeting + "/minutes", "distrikt", "minutes", "Igen")).hasStatus(400)
			.bodyText().contains("redan sparat");

		assertThat(page("/agreements/2/evaluation" + PERIOD, "namnd")).bodyText().contains("Samverkan fungerar väl",
				"Förläng avtalet med ändringar", "Avstämning", "Lägg till skolgården");
		assertThat(page("/agreements/2/dialogue", "aik")).hasStatusOk().bodyText().contains("<h1>Dialogmöten</h1>",
				"Vi enades");
		assertThat(page("/agreements/2/dialogue", "vandrare")).hasStatus(403);
	}

	private MvcTestResult page(String path, String user) {
		return mvc.get().uri(path).cookie(session(user)).exchange();
	}

	private MvcTestResult post(String path, String user, String... fields) {
		var request = mvc.post().uri(path).cookie(session(user)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private Cookie session(String user) {
		return new DemoLogins(mvc).session(user);
	}
}
