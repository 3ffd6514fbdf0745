package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;

/**
 * A refused check-in names every walker it refused and the code of each reason, so a phone can say who may not walk
 * tonight; the facts behind a reason (such as a birthday) stay out of it. Its walkers and walk are its own.
 */
@IntegrationTest
class CheckInRefusalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Walkers walkers;

	@Test
	void aRefusedCheckInNamesEachRefusedWalkerWithTheirReason() throws Exception {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader);
		long otherAssociations = world.recruit(NightTestWorld.FOLKPARKEN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long untrained = walkers.register(NightTestWorld.AIK, new WalkerDraft("Otränad " + tag, null,
				"otranad-" + tag + "@exempel.se", LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 1)),
				world.contactOf(NightTestWorld.AIK)).requiredId();

		var refused = mvc.post().uri("/api/v1/walks/" + walk + "/check-in")
			.header("Authorization", DemoLogins.bearer("aik")).header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"present\":[%d,%d,%d]}".formatted(leader.walkerId(), otherAssociations, untrained)).exchange();

		assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.refusedWalkers[*].walkerId").asArray()
			.containsExactly((int) otherAssociations, (int) untrained);
		assertThat(refused).bodyJson().extractingPath("$.refusedWalkers[0].reason")
			.isEqualTo("signup.error.otherAssociation");
		assertThat(refused).bodyJson().extractingPath("$.refusedWalkers[1].reason").asString().startsWith("eligibility");
		assertThat(refused.getResponse().getContentAsString()).doesNotContain("1990");
		assertThat(world.status(walk)).isEqualTo("PLANNED");
	}
}
