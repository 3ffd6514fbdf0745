package se.nattvandring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * The queue and the decision page: the coordinator decides there, the association reads the decision and its reason
 * and is told by e-mail of a return, another association reads nothing of it, and a bulk approval takes only the
 * walks that meet every criterion.
 */
@IntegrationTest
class DecisionPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorReturnsAReportWithAReasonAndTheAssociationReadsItAndIsTold() {
		long walk = world.reportedWalk(3);
		var coordinator = new DemoLogins(mvc).session("distrikt");
		assertThat(mvc.get().uri("/decisions/walks/" + walk).cookie(coordinator)).hasStatusOk().bodyText()
			.contains("<h1>Beslut om nattvandringen", "Antal vandrare", "uppfyllt", "Spara beslutet");

		var noReason = mvc.post().uri("/decisions/walks/" + walk).cookie(coordinator).with(csrf())
			.param("decision", "RETURN").exchange();
		assertThat(noReason).hasStatus(400).bodyText().contains("Fyll i det här fältet.", "value=\"RETURN\" id=\"d-RETURN\" checked");
		var returned = mvc.post().uri("/decisions/walks/" + walk).cookie(coordinator).with(csrf())
			.param("decision", "RETURN").param("reason", "Rapporten nämner inte Solbergaparken").exchange();
		assertThat(returned).hasStatus3xxRedirection().hasRedirectedUrl("/decisions/walks/" + walk);
		assertThat(world.status(walk)).isEqualTo("RETURNED");

		assertThat(mvc.get().uri("/decisions/walks/" + walk).cookie(new DemoLogins(mvc).session("aik")))
			.hasStatusOk().bodyText().contains("Återsänd", "Skäl: Rapporten nämner inte Solbergaparken")
			.doesNotContain("Spara beslutet");
		assertThat(mvc.get().uri("/decisions/walks/" + walk).cookie(new DemoLogins(mvc).session("folkparken")))
			.hasStatus(403);
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select count(*) from mail_message where dedupe_key like :key and subject = 'Rapporten behöver rättas'
				and body not like '%Solbergaparken%'""").param("key", "returned:" + walk + ":%")
			.query(Long.class).single() > 0);
	}

	@Test
	void aBulkApprovalTakesOnlyTheChosenWalksThatMeetEveryCriterion() {
		long meets = world.reportedWalk(3);
		long fails = world.reportedWalk(1);
		var coordinator = new DemoLogins(mvc).session("distrikt");

		var bulk = mvc.post().uri("/decisions/approve").cookie(coordinator).with(csrf())
			.param("walkIds", String.valueOf(meets), String.valueOf(fails)).exchange();

		assertThat(bulk).hasStatus3xxRedirection();
		assertThat(bulk.getMvcResult().getFlashMap().get("approvedCount")).isEqualTo(1);
		assertThat(world.status(meets)).isEqualTo("APPROVED");
		assertThat(world.status(fails)).isEqualTo("REPORTED");
	}

	@Test
	void theQueueListsWaitingReportsForTheCoordinatorOnly() {
		long walk = world.reportedWalk(3);
		String date = jdbc.sql("select walk_date::text from walk where id = :id").param("id", walk)
			.query(String.class).single();
		var coordinator = new DemoLogins(mvc).session("distrikt");
		await().atMost(Duration.ofSeconds(60)).until(() -> mvc.get()
			.uri("/decisions?from=" + date + "&to=" + date).cookie(coordinator).exchange().getResponse()
			.getContentAsString().contains("/decisions/walks/" + walk));

		assertThat(mvc.get().uri("/decisions?from=" + date + "&to=" + date + "&association=3").cookie(coordinator))
			.hasStatusOk().bodyText().doesNotContain("/decisions/walks/" + walk)
			.containsPattern("<option value=\"3\"\\s+selected");
		assertThat(mvc.get().uri("/decisions").cookie(coordinator)).hasStatusOk().bodyText()
			.contains("<h1>Rapporter att besluta</h1>");
		assertThat(mvc.get().uri("/decisions").cookie(new DemoLogins(mvc).session("aik"))).hasStatus(403);
	}
}
