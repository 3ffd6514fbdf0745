package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * Data minimisation per role (issue 11, part of 3): the foundation records training and sees whom it trains, not
 * how to reach them or when they were born; another association, and the board, see when a walk was walked and its
 * counts, not its report, its notes or who walked.
 */
@IntegrationTest
@org.springframework.transaction.annotation.Transactional
class EachPartySeesWhatItNeedsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.nattvandring.walk.NightTestWorld world;

	@Test
	void theFoundationSeesAWalkersNameAndTrainingButNoContactDetailsOrBirthDate() {
		long walker = jdbc.sql("select id from walker where association_id = 2 and email is not null order by id limit 1")
			.query(Long.class).single();

		var asFoundation = mvc.get().uri("/api/v1/walkers/" + walker).header("Authorization",
				DemoLogins.bearer("stiftelsen")).exchange();
		assertThat(asFoundation).hasStatusOk().bodyJson().extractingPath("$.name").asString().isNotBlank();
		assertThat(asFoundation).bodyJson().extractingPath("$.phone").isNull();
		assertThat(asFoundation).bodyJson().extractingPath("$.email").isNull();
		assertThat(asFoundation).bodyJson().extractingPath("$.birthDate").isNull();
		assertThat(asFoundation).bodyJson().extractingPath("$.trained").isNotNull();
		assertThat(mvc.get().uri("/api/v1/associations/2/walkers").header("Authorization",
				DemoLogins.bearer("stiftelsen")).exchange()).bodyJson().extractingPath("$[*].email").asArray()
			.allMatch(email -> email == null);

		assertThat(mvc.get().uri("/api/v1/walkers/" + walker).header("Authorization", DemoLogins.bearer("aik"))
			.exchange()).bodyJson().extractingPath("$.email").asString().contains("@");
	}

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "folkparken", "namnd" })
	void anotherAssociationAndTheBoardSeeAWalksCountsButNotItsReportNotesOrNames(String reader) {
		// A walk of its own whose observation carries a note, so that a note shown to the wrong reader fails this.
		long walk = world.reportedWalk(3, "Kanarieanteckning vid stationen");
		var asOther = mvc.get().uri("/api/v1/walks/" + walk).header("Authorization", DemoLogins.bearer(reader))
			.exchange();
		assertThat(asOther).hasStatusOk().bodyJson().extractingPath("$.night.report.summary").isNull();
		assertThat(asOther).bodyJson().extractingPath("$.night.reportSubmittedAt").isNotNull();
		assertThat(asOther).bodyJson().extractingPath("$.night.observations[*].note").asArray()
			.allMatch(note -> note == null);
		assertThat(asOther).bodyJson().extractingPath("$.night.present[*].name").asArray().isNotEmpty()
			.allMatch(name -> String.valueOf(name).startsWith("#"));
		assertThat(asOther).bodyJson().extractingPath("$.walk.team[*].name").asArray()
			.allMatch(name -> String.valueOf(name).startsWith("#"));

		assertThat(mvc.get().uri("/api/v1/walks/" + walk).header("Authorization", DemoLogins.bearer("aik"))
			.exchange()).bodyJson().extractingPath("$.night.report.summary").asString().isNotBlank();
		assertThat(mvc.get().uri("/api/v1/walks/" + walk).header("Authorization", DemoLogins.bearer("aik"))
			.exchange()).bodyJson().extractingPath("$.night.observations[*].note").asArray()
			.anyMatch(note -> note != null && !String.valueOf(note).isBlank());
		assertThat(mvc.get().uri("/api/v1/walks/" + walk).header("Authorization", DemoLogins.bearer("distrikt"))
			.exchange()).bodyJson().extractingPath("$.night.report.summary").asString().isNotBlank();
	}
}
