package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.ApiTokens;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld.Walker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The night pass: what lets a walker's phone write the night when the web session has ended, and nothing else. No
 * test here sends a session: the pass alone must carry the write, or be refused with a reason.
 */
@IntegrationTest
class NightPassTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Walker leader;

	long walk;

	long place;

	@BeforeEach
	void aWalkOfItsOwn() {
		leader = world.walker(NightTestWorld.AIK);
		walk = world.walkStartingWithinTheHour(leader);
		place = world.place();
	}

	JsonNode issue(long walkId, String token) throws Exception {
		MvcTestResult issued = mvc.post().uri("/api/v1/walks/" + walkId + "/night-pass")
			.header("Authorization", "Bearer " + token).exchange();
		assertThat(issued).hasStatus(HttpStatus.CREATED);
		return json.readTree(issued.getResponse().getContentAsString());
	}

	MvcTestResult write(long walkId, String path, String body, String pass) {
		return mvc.post().uri("/api/v1/walks/" + walkId + path).header("Authorization", "Bearer " + pass)
			.header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
			.content(body).exchange();
	}

	String observation() {
		return "{\"category\":\"YOUTH_GATHERING\",\"placeId\":%d,\"youth\":{\"age16to17\":3}}".formatted(place);
	}

	String detail(MvcTestResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString()).get("detail").asString();
	}

	@Test
	void aPassCarriesTheNightsWritesForItsWalkUntilSomeHoursAfterThePlannedEnd() throws Exception {
		JsonNode pass = issue(walk, leader.token());
		String secret = pass.get("secret").asString();

		assertThat(write(walk, "/check-in", "{\"present\":[%d]}".formatted(leader.walkerId()), secret)).hasStatusOk();
		assertThat(write(walk, "/observations", observation(), secret)).hasStatus(HttpStatus.CREATED);

		assertThat(world.status(walk)).isEqualTo("IN_PROGRESS");
		assertThat(world.count("walk_observation", walk)).isEqualTo(1);
		java.time.Instant endsAt = world.endsAt(walk);
		assertThat(java.time.Instant.parse(pass.get("expiresAt").asString())).isEqualTo(endsAt.plus(12, ChronoUnit.HOURS));
	}

	@Test
	void aPassIsNotForAnotherWalkNorForAnythingButTheNightsWrites() throws Exception {
		Walker colleague = world.walker(NightTestWorld.AIK);
		long otherWalk = world.walkStartingWithinTheHour(colleague);
		String secret = issue(walk, leader.token()).get("secret").asString();

		MvcTestResult elsewhere = write(otherWalk, "/check-in", "{\"present\":[%d]}".formatted(colleague.walkerId()),
				secret);
		MvcTestResult reading = mvc.get().uri("/api/v1/walks").header("Authorization", "Bearer " + secret).exchange();
		MvcTestResult signUp = write(walk, "/signups", "{}", secret);

		assertThat(elsewhere).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(detail(elsewhere)).contains("bara anteckningarna för den vandring den gavs för");
		assertThat(world.status(otherWalk)).isEqualTo("PLANNED");
		assertThat(reading).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(signUp).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePassEndsWithTheSubmittedReport() throws Exception {
		String secret = issue(walk, leader.token()).get("secret").asString();
		write(walk, "/check-in", "{\"present\":[%d]}".formatted(leader.walkerId()), secret);
		write(walk, "/check-out", "{}", secret);
		mvc.put().uri("/api/v1/walks/" + walk + "/report").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"Lugnt\"}").exchange();
		assertThat(write(walk, "/report/submit", "{}", secret)).hasStatusOk();

		MvcTestResult after = write(walk, "/report/submit", "{}", secret);

		assertThat(world.status(walk)).isEqualTo("REPORTED");
		assertThat(after).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(detail(after)).contains("när rapporten skickades in");
		assertThat(mvc.post().uri("/api/v1/walks/" + walk + "/night-pass")
			.header("Authorization", "Bearer " + leader.token()).exchange()).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theWalkerAndTheContactRevokeAPassAndNeitherTheOtherAssociationNorTheDistrictCan() throws Exception {
		for (String revoker : new String[] { "self", "demo-token-aik" }) {
			String secret = issue(walk, leader.token()).get("secret").asString();
			String by = revoker.equals("self") ? leader.token() : revoker;
			assertThat(mvc.delete().uri("/api/v1/walks/" + walk + "/night-passes/" + leader.walkerId())
				.header("Authorization", "Bearer " + by).exchange()).as(revoker).hasStatus(HttpStatus.NO_CONTENT);

			MvcTestResult refused = write(walk, "/observations", observation(), secret);
			assertThat(refused).as(revoker).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(detail(refused)).contains("återkallats");
		}
		String secret = issue(walk, leader.token()).get("secret").asString();
		for (String outsider : new String[] { "demo-token-folkparken", "demo-token-admin", "demo-token-distrikt" }) {
			assertThat(mvc.delete().uri("/api/v1/walks/" + walk + "/night-passes/" + leader.walkerId())
				.header("Authorization", "Bearer " + outsider).exchange()).as(outsider).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(write(walk, "/check-in", "{\"present\":[%d]}".formatted(leader.walkerId()), secret)).hasStatusOk();
	}

	@Test
	void theContactSeesTheTeamsPassesOnTheWalksPageAndEndsOne() throws Exception {
		String secret = issue(walk, leader.token()).get("secret").asString();
		var contact = new DemoLogins(mvc).session("aik");
		String name = jdbc.sql("select name from walker where id = :id").param("id", leader.walkerId())
			.query(String.class).single();

		MvcTestResult page = mvc.get().uri("/walks/" + walk).cookie(contact).exchange();
		MvcTestResult revoked = mvc.post().uri("/walks/" + walk + "/night-passes/" + leader.walkerId() + "/revoke")
			.with(csrf()).cookie(contact).exchange();

		assertThat(page.getResponse().getContentAsString()).contains("Kvällsnycklar")
			.contains("Avsluta kvällsnyckeln för " + name);
		assertThat(revoked.getMvcResult().getFlashMap().get("notice")).isEqualTo("walk.passes.revoked");
		assertThat(tokens.liveScoped(NightPasses.name(walk))).isEmpty();
		assertThat(write(walk, "/check-in", "{\"present\":[%d]}".formatted(leader.walkerId()), secret))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/walks/" + walk).cookie(contact).exchange().getResponse().getContentAsString())
			.doesNotContain("Kvällsnycklar");
	}

	@Test
	void anExpiredPassIsRefusedWithTheReason() throws Exception {
		String secret = tokens.issueScoped(leader.userId(), NightPasses.name(walk), NightPasses.allowedRequests(walk),
				clock.instant().minusSeconds(1)).secret();

		MvcTestResult refused = write(walk, "/check-in", "{\"present\":[%d]}".formatted(leader.walkerId()), secret);

		assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(detail(refused)).contains("gäller inte längre");
		assertThat(world.status(walk)).isEqualTo("PLANNED");
	}

	@Test
	void onlyAWalkerOnTheTeamGetsAPassAndItIsNotAPersonalTokenOnTheProfile() throws Exception {
		Walker outsider = world.walker(NightTestWorld.AIK);
		assertThat(mvc.post().uri("/api/v1/walks/" + walk + "/night-pass")
			.header("Authorization", "Bearer " + outsider.token()).exchange()).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.post().uri("/api/v1/walks/" + walk + "/night-pass")
			.header("Authorization", "Bearer demo-token-aik").exchange()).hasStatus(HttpStatus.CONFLICT);

		issue(walk, leader.token());

		assertThat(tokens.activeTokens(leader.userId())).extracting(t -> t.name()).containsExactly("test");
		assertThat(tokens.liveScoped(NightPasses.name(walk))).singleElement()
			.satisfies(live -> assertThat(live.userId()).isEqualTo(leader.userId()));
	}
}
