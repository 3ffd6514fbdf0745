package se.nattvandring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * The district's decision on a reported walk, through the API: the criteria with their facts, approve, return with a
 * reason and resubmit, reject, the override a failed criterion needs, who may decide, and two decisions at once. Each
 * test walks and reports its own walks.
 */
@IntegrationTest
class DecisionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCriteriaOfTheNightAsRecordedAreListedWithTheirFacts() {
		long walk = world.reportedWalk(3);

		MvcTestResult answer = get("/api/v1/walks/" + walk + "/criteria", "aik");

		assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.allMet").isEqualTo(true);
		assertThat(answer).bodyJson().extractingPath("$.criteria[?(@.criterion == 'WALKERS')].actual").asArray()
			.containsExactly(3);
		assertThat(answer).bodyJson().extractingPath("$.criteria[?(@.criterion == 'DURATION')].actual").asArray()
			.containsExactly(200);
		assertThat(answer).bodyJson().extractingPath("$.criteria[*].criterion").asArray()
			.containsExactlyInAnyOrder("WALKERS", "AGE", "TRAINING", "TIME_WINDOW", "DURATION", "REPORT_DEADLINE");
	}

	@Test
	void aWalkThatMeetsEveryCriterionWaitsInTheQueueIsApprovedAndLeavesIt() {
		long walk = world.reportedWalk(3);
		awaitPending(walk);

		MvcTestResult approved = decide(walk, "distrikt", "{\"decision\":\"APPROVE\"}");

		assertThat(approved).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
		assertThat(world.status(walk)).isEqualTo("APPROVED");
		assertThat(decisionsOf(walk)).containsExactly("APPROVE:false");
		assertThat(pendingIds(walk)).doesNotContain(walk);
	}

	@Test
	void aWalkThatFailsACriterionIsApprovedOnlyWithAnOverrideAndAReason() {
		long walk = world.reportedWalk(1);

		MvcTestResult plain = decide(walk, "distrikt", "{\"decision\":\"APPROVE\"}");
		MvcTestResult noReason = decide(walk, "distrikt", "{\"decision\":\"APPROVE\",\"override\":true}");

		assertThat(plain).hasStatus(409).bodyJson().extractingPath("$.detail").asString()
			.contains("uppfyller inte alla villkor");
		assertThat(plain).bodyJson().extractingPath("$.failedCriteria[*].criterion").asArray().contains("WALKERS")
			.doesNotContain("TIME_WINDOW", "DURATION", "REPORT_DEADLINE");
		assertThat(plain).bodyJson().extractingPath("$.failedCriteria[?(@.criterion == 'WALKERS')].actual").asArray()
			.containsExactly(1);
		assertThat(noReason).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(world.status(walk)).isEqualTo("REPORTED");
		assertThat(decide(walk, "distrikt",
				"{\"decision\":\"APPROVE\",\"override\":true,\"reason\":\"Fjärde vandraren fanns med enligt loggboken\"}"))
			.hasStatusOk();
		assertThat(decisionsOf(walk)).containsExactly("APPROVE:true");
	}

	@Test
	void aReturnNeedsAReasonAndTheResubmittedWalkWaitsAgainUntilRejected() {
		long walk = world.reportedWalk(3);

		assertThat(decide(walk, "distrikt", "{\"decision\":\"RETURN\"}")).hasStatus(400);
		assertThat(decide(walk, "distrikt", "{\"decision\":\"RETURN\",\"reason\":\"Sammanfattningen saknar platser\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("RETURNED");
		assertThat(decide(walk, "distrikt", "{\"decision\":\"APPROVE\"}")).hasStatus(409).bodyJson()
			.extractingPath("$.detail").asString().contains("(Återsänd)");

		world.resubmit(walk);
		awaitPending(walk);

		assertThat(decide(walk, "distrikt", "{\"decision\":\"REJECT\",\"reason\":\"Vandringen gjordes utanför området\"}"))
			.hasStatusOk();
		assertThat(world.status(walk)).isEqualTo("REJECTED");
		assertThat(decisionsOf(walk)).containsExactly("RETURN:false", "REJECT:false");
	}

	@Test
	void onlyTheDistrictsCoordinatorDecides() {
		long walk = world.reportedWalk(3);

		assertThat(decide(walk, "falt", "{\"decision\":\"APPROVE\"}")).hasStatus(403);
		assertThat(decide(walk, "aik", "{\"decision\":\"APPROVE\"}")).hasStatus(403);
		assertThat(get("/api/v1/decisions/pending", "aik")).hasStatus(403);
		assertThat(world.status(walk)).isEqualTo("REPORTED");
		assertThat(decisionsOf(walk)).isEmpty();
	}

	@Test
	void ofTwoCoordinatorsDecidingAtOnceExactlyOneDecisionIsKept() throws Exception {
		long walk = world.reportedWalk(3);
		CurrentUser coordinator = world.coordinator();
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Step>> both = new ArrayList<>();
		for (Step step : List.of(Step.APPROVE, Step.REJECT)) {
			both.add(CompletableFuture.supplyAsync(() -> {
				try {
					together.await(10, TimeUnit.SECONDS);
					decisions.decide(walk, new Decisions.Decision(step, "Samtidigt beslut", false), coordinator);
					return step;
				}
				catch (RuntimeException lost) {
					return null;
				}
				catch (Exception broken) {
					throw new IllegalStateException(broken);
				}
			}));
		}
		List<Step> won = new ArrayList<>();
		for (CompletableFuture<Step> one : both) {
			Step step = one.get(30, TimeUnit.SECONDS);
			if (step != null) {
				won.add(step);
			}
		}

		assertThat(won).hasSize(1);
		assertThat(decisionsOf(walk)).containsExactly(won.get(0) + ":false");
		assertThat(world.status(walk)).isEqualTo(won.get(0) == Step.APPROVE ? "APPROVED" : "REJECTED");
	}

	private void awaitPending(long walk) {
		await().atMost(Duration.ofSeconds(60)).until(() -> pendingIds(walk).contains(walk));
	}

	private List<Long> pendingIds(long walk) {
		String date = jdbc.sql("select walk_date::text from walk where id = :id").param("id", walk)
			.query(String.class).single();
		MvcTestResult answer = get("/api/v1/decisions/pending?association=2&from=" + date + "&to=" + date, "distrikt");
		assertThat(answer).hasStatusOk();
		try {
			return new tools.jackson.databind.json.JsonMapper().readTree(answer.getResponse().getContentAsString()).get("items")
				.valueStream().map(node -> node.get("walkId").asLong()).toList();
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private List<String> decisionsOf(long walk) {
		return jdbc.sql("select decision || ':' || override from walk_decision where walk_id = :id order by id")
			.param("id", walk).query(String.class).list();
	}

	private MvcTestResult decide(long walk, String role, String body) {
		return mvc.post().uri("/api/v1/walks/" + walk + "/decision").header("Authorization", DemoLogins.bearer(role))
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private MvcTestResult get(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}
}
