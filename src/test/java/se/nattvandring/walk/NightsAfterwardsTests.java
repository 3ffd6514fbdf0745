package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * After the night: a night kept on paper registered in one call, and a returned walk corrected with a reason. Both
 * go through the same criteria as a night on a phone. Each test rolls back.
 */
@IntegrationTest
@Transactional
class NightsAfterwardsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNightKeptOnPaperIsRegisteredMarkedAndJudgedByTheSameCriteria() {
		NightTestWorld.PastWalk walk = world.walkKeptOnPaper(3);

		MvcTestResult answer = post(walk.walkId(), "night-from-paper", "aik", paper(walk.team(), walk.startsAt(),
				walk.endsAt()));

		assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.criteria[*].outcome").asArray().containsOnly("MET");
		assertThat(world.status(walk.walkId())).isEqualTo("REPORTED");
		assertThat(jdbc.sql("select registered_afterwards_by from walk where id = :id").param("id", walk.walkId())
			.query(String.class).single()).isEqualTo("aik");
		assertThat(world.count("walk_attendance", walk.walkId())).isEqualTo(3);
		assertThat(world.count("walk_youth_contact", walk.walkId())).isEqualTo(1);
	}

	@Test
	void aPaperNightWithTooFewWalkersFailsThatCriterion() {
		NightTestWorld.PastWalk walk = world.walkKeptOnPaper(2);

		MvcTestResult answer = post(walk.walkId(), "night-from-paper", "aik", paper(walk.team(), walk.startsAt(),
				walk.endsAt()));

		assertThat(answer).hasStatusOk().bodyJson()
			.extractingPath("$.criteria[?(@.criterion == 'WALKERS')].outcome").asArray().containsExactly("NOT_MET");
	}

	@Test
	void aPaperNightTheWrongWayRoundOrInTheFutureIsRefusedWithItsReason() {
		NightTestWorld.PastWalk walk = world.walkKeptOnPaper(3);
		Instant future = Instant.now().plus(2, ChronoUnit.HOURS);

		assertThat(post(walk.walkId(), "night-from-paper", "aik", paper(walk.team(), walk.endsAt(), walk.startsAt())))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("checkedOutAt");
		assertThat(post(walk.walkId(), "night-from-paper", "aik", paper(walk.team(), walk.startsAt(), future)))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].message").asString().contains("framtiden");
		assertThat(post(walk.walkId(), "night-from-paper", "aik", """
				{"present":[%d],"checkedInAt":"%s","checkedOutAt":"%s"}""".formatted(walk.team().get(0),
				walk.startsAt(), walk.endsAt()))).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
			.isEqualTo("report.summary");
		assertThat(post(walk.walkId(), "night-from-paper", "folkparken", paper(walk.team(), walk.startsAt(),
				walk.endsAt()))).hasStatus(403);
		assertThat(world.status(walk.walkId())).isEqualTo("PLANNED");
	}

	@Test
	void aReturnedWalkIsCorrectedWithAReasonAndTheCriteriaAreEvaluatedAgain() {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decision(Step.RETURN, "Stämmer antalet?", null), world.coordinator());
		List<Long> present = jdbc.sql("select walker_id from walk_attendance where walk_id = :id order by walker_id")
			.param("id", walk).query(Long.class).list();
		Instant in = jdbc.sql("select checked_in_at from walk where id = :id").param("id", walk)
			.query(java.sql.Timestamp.class).single().toInstant();
		Instant out = in.plus(200, ChronoUnit.MINUTES);

		assertThat(post(walk, "corrections", "aik", correction(present.subList(0, 2), in, out, ""))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		MvcTestResult corrected = post(walk, "corrections", "aik",
				correction(present.subList(0, 2), in, out, "En av oss gick hem före start."));

		assertThat(corrected).hasStatusOk().bodyJson()
			.extractingPath("$.criteria[?(@.criterion == 'WALKERS')].outcome").asArray().containsExactly("NOT_MET");
		assertThat(world.count("walk_attendance", walk)).isEqualTo(2);
		assertThat(jdbc.sql("select array_to_string(fields, ',') from walk_correction where walk_id = :id")
			.param("id", walk).query(String.class).single()).isEqualTo("attendance");
		world.resubmit(walk);
		assertThat(world.status(walk)).isEqualTo("REPORTED");
		assertThat(post(walk, "corrections", "aik", correction(present, in, out, "Igen"))).hasStatus(409);
	}

	private static String paper(List<Long> team, Instant in, Instant out) {
		return """
				{"present":[%s],"checkedInAt":"%s","checkedOutAt":"%s",
				 "youthContacts":{"youth":{"under13":0,"age13to15":2,"age16to17":1},"at":"%s"},
				 "report":{"summary":"Telefonen dog; loggboken fördes på papper."}}"""
			.formatted(team.stream().map(String::valueOf).collect(Collectors.joining(",")), in, out,
					in.plus(60, ChronoUnit.MINUTES));
	}

	private static String correction(List<Long> present, Instant in, Instant out, String reason) {
		return """
				{"present":[%s],"checkedInAt":"%s","checkedOutAt":"%s","reason":"%s"}"""
			.formatted(present.stream().map(String::valueOf).collect(Collectors.joining(",")), in, out, reason);
	}

	private MvcTestResult post(long walk, String what, String role, String json) {
		return mvc.post().uri("/api/v1/walks/" + walk + "/" + what).header("Authorization", DemoLogins.bearer(role))
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}
}
