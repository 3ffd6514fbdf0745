package se.nattvandring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * Spot checks: a sample of the period's approved walks that follows from its seed, drawn by the coordinator, with an
 * outcome recorded for each sampled walk and for no other.
 */
@IntegrationTest
class SpotCheckTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	/** Seeded random populations: the sample is a subset of the right size, the same for the same seed. */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 7, 20261202, -42, Long.MAX_VALUE })
	void aSampleIsASubsetOfTheRightSizeAndTheSameForTheSameSeed(long seed) {
		Random random = new Random(seed);
		List<Long> approved = new ArrayList<>(LongStream.range(0, random.nextInt(40)).map(i -> 1000 + i * 3).boxed()
			.toList());
		int size = 1 + random.nextInt(10);
		java.util.Collections.shuffle(approved, random);

		List<Long> sample = SpotChecks.sample(approved, size, seed);

		assertThat(sample).hasSize(Math.min(size, approved.size())).doesNotHaveDuplicates();
		assertThat(approved).containsAll(sample);
		List<Long> reversed = new ArrayList<>(approved);
		java.util.Collections.reverse(reversed);
		assertThat(SpotChecks.sample(reversed, size, seed)).as("the order given does not matter").isEqualTo(sample);
	}

	@Test
	void theCoordinatorDrawsASampleOfTheApprovedWalksAndRecordsEachCheck() {
		long first = approvedWalk();
		long second = approvedWalk();
		long stillReported = world.reportedWalk(3);
		LocalDate date = dateOf(first);

		MvcTestResult drawn = api("POST", "/api/v1/agreements/2/spot-checks", "distrikt",
				"{\"from\":\"" + date + "\",\"to\":\"" + date + "\",\"size\":50,\"seed\":99}");

		assertThat(drawn).hasStatus(201);
		long id = jdbc.sql("select max(id) from spot_check where seed = 99").query(Long.class).single();
		List<Long> sampled = jdbc.sql("select walk_id from spot_check_walk where spot_check_id = :id")
			.param("id", id).query(Long.class).list();
		List<Long> approvedThatDay = jdbc.sql("""
				select q.walk_id from decision_queue q where q.agreement_id = 2 and q.walk_date = :date
				and (select d.decision from walk_decision d where d.walk_id = q.walk_id
				     order by d.decided_at desc, d.id desc limit 1) = 'APPROVE'""").param("date", date)
			.query(Long.class).list();
		assertThat(new HashSet<>(sampled)).contains(first, second).doesNotContain(stillReported)
			.isEqualTo(new HashSet<>(SpotChecks.sample(approvedThatDay, 50, 99)));

		assertThat(api("POST", "/api/v1/spot-checks/" + id + "/walks/" + first, "distrikt",
				"{\"outcome\":\"DEVIATION\"}")).hasStatusOk();
		assertThat(api("POST", "/api/v1/spot-checks/" + id + "/walks/" + stillReported, "distrikt",
				"{\"outcome\":\"CONFIRMED\"}")).hasStatus(409);
		assertThat(jdbc.sql("select outcome from spot_check_walk where spot_check_id = :id and walk_id = :walk")
			.param("id", id).param("walk", first).query(String.class).single()).isEqualTo("DEVIATION");
	}

	@Test
	void aReversedPeriodOrAnotherRoleIsRefused() {
		assertThat(api("POST", "/api/v1/agreements/2/spot-checks", "distrikt",
				"{\"from\":\"2026-06-30\",\"to\":\"2026-06-01\",\"size\":3}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("to");
		assertThat(api("POST", "/api/v1/agreements/2/spot-checks", "aik",
				"{\"from\":\"2026-06-01\",\"to\":\"2026-06-30\",\"size\":3}")).hasStatus(403);
	}

	private long approvedWalk() {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decisions.Decision(Step.APPROVE, null, null), world.coordinator());
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select count(*) from decision_queue where walk_id = :id").param("id", walk).query(Long.class)
			.single() == 1);
		return walk;
	}

	private LocalDate dateOf(long walk) {
		return jdbc.sql("select walk_date from walk where id = :id").param("id", walk).query(LocalDate.class)
			.single();
	}

	private MvcTestResult api(String method, String path, String role, String body) {
		return mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
			.header("Authorization", DemoLogins.bearer(role)).contentType(MediaType.APPLICATION_JSON).content(body)
			.exchange();
	}
}
