package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A walk night through the API as the phone sends it: guarded steps, phone times, and writes sent twice. */
@IntegrationTest
class WalkNightApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Walks walks;

	@Autowired
	Walkers walkers;

	@Autowired
	Clock clock;

	long walk;

	long walker;

	long place;

	@BeforeEach
	void aWalkThatStartedHalfAnHourAgo() {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		walker = walkers.register(2, new WalkerDraft("Natt " + UUID.randomUUID().toString().substring(0, 6), null,
				null, LocalDate.of(1980, 3, 3), LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(walker, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		place = jdbc.sql("""
				select r.place_id from place_plan_place r join place_plan p on p.id = r.plan_id
				where p.agreement_id = 2 and p.in_force_since is not null order by p.version_number, r.position limit 1
				""").query(Long.class).single();
		ZonedDateTime start = clock.instant().minus(30, ChronoUnit.MINUTES).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		walk = walks.plan(new WalkPlan(2L, 2L, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(3), "Älvsjö station", List.of(place), walker, 1, 6), contact).id();
	}

	MvcTestResult send(String method, String path, String body, String key) {
		var request = method.equals("PUT") ? mvc.put().uri(path) : mvc.post().uri(path);
		request.header("Authorization", bearer("aik")).header("Accept-Language", "sv")
			.contentType(MediaType.APPLICATION_JSON).content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return request.exchange();
	}

	JsonNode body(MvcTestResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	String base() {
		return "/api/v1/walks/" + walk;
	}

	@Test
	void aWholeNightFromCheckInToSubmittedReport() throws Exception {
		Instant checkedIn = clock.instant().minus(50, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		var in = send("POST", base() + "/check-in", "{\"present\":[%d],\"at\":\"%s\"}".formatted(walker, checkedIn),
				UUID.randomUUID().toString());
		assertThat(in).hasStatusOk();
		assertThat(body(in).get("walk").get("status").asString()).isEqualTo("IN_PROGRESS");
		// Sent late, it still starts when it really started.
		assertThat(Instant.parse(body(in).get("night").get("checkedInAt").asString())).isEqualTo(checkedIn);

		assertThat(send("POST", base() + "/visits", "{\"placeId\":%d}".formatted(place), null))
			.hasStatus(HttpStatus.CREATED);
		var observed = send("POST", base() + "/observations", """
				{"category":"YOUTH_GATHERING","placeId":%d,"youth":{"age13to15":6,"age16to17":3},
				 "helpCalled":["FIELD_ASSISTANTS"],"note":"Ring 070-123 45 67 om det blir stökigt"}""".formatted(place),
				UUID.randomUUID().toString());
		// An entry answers with its own id, not the whole night, so that a tap costs the same all night.
		assertThat(observed).hasStatus(HttpStatus.CREATED);
		long observationId = body(observed).get("entryId").asLong();
		assertThat(body(observed).get("kind").asString()).isEqualTo("observation");
		assertThat(jdbc.sql("select walk_id from walk_observation where id = :id").param("id", observationId)
			.query(Long.class).single()).isEqualTo(walk);
		var read = mvc.get().uri(base()).header("Authorization", bearer("aik")).exchange();
		JsonNode observation = body(read).get("night").get("observations").get(0);
		assertThat(observation.get("age13to15").asInt()).isEqualTo(6);
		assertThat(observation.get("noteFlagged").asBoolean()).isTrue();
		assertThat(send("POST", base() + "/youth-contacts", "{\"youth\":{\"under13\":1,\"age16to17\":2}}", null))
			.hasStatus(HttpStatus.CREATED);

		assertThat(send("POST", base() + "/report/submit", "{}", null)).hasStatus(HttpStatus.CONFLICT);
		var out = send("POST", base() + "/check-out", "{}", UUID.randomUUID().toString());
		assertThat(body(out).get("walk").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(send("POST", base() + "/visits", "{\"placeId\":%d}".formatted(place), null))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(body(send("POST", base() + "/report/submit", "{}", null)).get("detail").asString())
			.contains("sammanfattning");
		assertThat(send("PUT", base() + "/report", """
				{"summary":"Lugn kväll, många unga vid stationen.","wentWell":"Bra samtal",
				 "followUp":"Trasig belysning vid gångbron","placeSuggestions":"Lekplatsen"}""", null)).hasStatusOk();
		var submitted = send("POST", base() + "/report/submit", "{}", UUID.randomUUID().toString());

		assertThat(body(submitted).get("walk").get("status").asString()).isEqualTo("REPORTED");
		JsonNode night = body(submitted).get("night");
		assertThat(night.get("youthContacts").get("age16to17").asInt()).isEqualTo(2);
		assertThat(night.get("visits").size()).isEqualTo(1);
		assertThat(night.get("report").get("followUp").asString()).contains("belysning");
		assertThat(night.get("reportLate").asBoolean()).isFalse();
		// A submitted report is locked.
		assertThat(send("PUT", base() + "/report", "{\"summary\":\"Ändrad\"}", null)).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aRepeatedKeyGetsTheFirstAnswerAndDoesNothingTwice() throws Exception {
		send("POST", base() + "/check-in", "{\"present\":[%d]}".formatted(walker), null);
		String key = UUID.randomUUID().toString();
		String visit = "{\"placeId\":%d,\"at\":\"%s\"}".formatted(place, clock.instant().minusSeconds(60));

		var first = send("POST", base() + "/visits", visit, key);
		var again = send("POST", base() + "/visits", visit, key);
		var other = send("POST", base() + "/visits", "{\"placeId\":%d}".formatted(place), key);

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(again).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(other).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(jdbc.sql("select count(*) from walk_visit where walk_id = :w").param("w", walk).query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Every write of a night sent three times under one key, as a phone with a flaky connection might. */
	@Test
	void everyWriteRepeatedThreeTimesWithOneKeyIsDoneOnce() throws Exception {
		List<String[]> writes = List.of(
				new String[] { "POST", "/check-in", "{\"present\":[%d]}".formatted(walker) },
				new String[] { "POST", "/visits", "{\"placeId\":%d}".formatted(place) },
				new String[] { "POST", "/observations",
						"{\"category\":\"ALCOHOL\",\"placeId\":%d,\"youth\":{\"age16to17\":4}}".formatted(place) },
				new String[] { "POST", "/youth-contacts", "{\"youth\":{\"age13to15\":2}}" },
				new String[] { "POST", "/check-out", "{}" },
				new String[] { "PUT", "/report", "{\"summary\":\"Lugnt\"}" },
				new String[] { "POST", "/report/submit", "{}" });
		for (String[] write : writes) {
			String key = UUID.randomUUID().toString();
			var first = send(write[0], base() + write[1], write[2], key);
			assertThat(first).as(write[1]).hasStatus2xxSuccessful();
			for (int repeat = 0; repeat < 2; repeat++) {
				var again = send(write[0], base() + write[1], write[2], key);
				assertThat(again).as(write[1]).hasStatus(first.getResponse().getStatus())
					.hasHeader("Idempotent-Replayed", "true");
				assertThat(again.getResponse().getContentAsString())
					.isEqualTo(first.getResponse().getContentAsString());
			}
			assertThat(send(write[0], base() + write[1], "{\"other\":true}", key)).as(write[1])
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}

		for (String table : List.of("walk_attendance", "walk_visit", "walk_observation", "walk_youth_contact")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where walk_id = :w").param("w", walk)
				.query(Long.class).single()).as(table).isEqualTo(1);
		}
		assertThat(jdbc.sql("select status from walk where id = :w").param("w", walk).query(String.class).single())
			.isEqualTo("REPORTED");
		assertThat(send("POST", base() + "/report/submit", "{}", UUID.randomUUID().toString()))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aKeyStillBeingProcessedIsAConflict() {
		String key = UUID.randomUUID().toString();
		long user = jdbc.sql("select id from user_account where username = 'aik'").query(Long.class).single();
		jdbc.sql("""
				insert into idempotency_record (idempotency_key, user_id, method, path, request_hash, created_at)
				values (:k, :u, 'POST', :p, 'x', now())""").param("k", UUID.fromString(key)).param("u", user)
			.param("p", base() + "/check-out").update();

		assertThat(send("POST", base() + "/check-out", "{}", key)).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void wrongStepsAndImplausibleTimesAreRefusedWithAReason() throws Exception {
		var early = send("POST", base() + "/observations", "{\"category\":\"OTHER\",\"placeId\":%d}".formatted(place), null);
		assertThat(early).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(early).get("detail").asString()).contains("Checka in först");

		var future = send("POST", base() + "/check-in", "{\"present\":[%d],\"at\":\"%s\"}".formatted(walker,
				clock.instant().plus(1, ChronoUnit.HOURS)), null);
		assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(future).get("errors").get(0).get("message").asString()).contains("framtiden");

		var longBefore = send("POST", base() + "/check-in", "{\"present\":[%d],\"at\":\"%s\"}".formatted(walker,
				clock.instant().minus(2, ChronoUnit.DAYS)), null);
		assertThat(longBefore).hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(send("POST", base() + "/check-in", "{\"present\":[%d]}".formatted(walker), null)).hasStatusOk();
		var personal = send("POST", base() + "/observations",
				"{\"category\":\"OTHER\",\"placeId\":%d,\"note\":\"Kalle 20080101-1234 var där\"}".formatted(place), null);
		assertThat(personal).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(personal).get("errors").get(0).get("message").asString()).contains("personnummer");
		assertThat(send("POST", base() + "/check-in", "{\"present\":[%d]}".formatted(walker), null))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theSeedSeasonsWalksCarryReportsAndTheDemoWalkerHasAWalkTonight() throws Exception {
		long first = jdbc.sql("select id from walk where agreement_id = 1 order by starts_at limit 1")
			.query(Long.class).single();

		JsonNode seed = body(mvc.get().uri("/api/v1/walks/" + first).header("Authorization", bearer("aik")).exchange());

		// Reported, then decided and paid by the demo's first basis.
		assertThat(seed.get("walk").get("status").asString()).isEqualTo("PAID");
		assertThat(seed.get("night").get("present").size()).isGreaterThanOrEqualTo(3);
		assertThat(seed.get("night").get("visits").size()).isPositive();
		assertThat(seed.get("night").get("report").get("summary").asString()).isNotBlank();
		assertThat(seed.get("night").get("reportLate").asBoolean()).isFalse();
		assertThat(jdbc.sql("select count(distinct category) from walk_observation o join walk w on w.id = o.walk_id "
				+ "where w.agreement_id = 1").query(Long.class).single()).isGreaterThan(3);
		long leila = jdbc.sql("select id from walker where name = 'Leila Andersson'").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from walk where team_leader_id = :leila and status = 'PLANNED'"
				+ " and starts_at between now() - interval '1 day' and now() + interval '1 day'").param("leila", leila)
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aWalkerWhoTurnsUpUnplannedIsCheckedInIfEligibleAndRefusedWithTheReasonIfNot() throws Exception {
		long untrained = jdbc.sql("select id from walker where name = 'Kim Larsson'").query(Long.class).single();
		var refused = send("POST", base() + "/check-in", "{\"present\":[%d,%d]}".formatted(walker, untrained), null);
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(refused).get("detail").asString()).contains("saknar utbildning");

		long extra = walkers.register(2, new WalkerDraft("Extra " + UUID.randomUUID().toString().substring(0, 6), null,
				null, LocalDate.of(1985, 4, 4), LocalDate.of(2025, 1, 1)), DemoUsers.aikContact(jdbc)).requiredId();
		walkers.recordTraining(extra, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				DemoUsers.aikContact(jdbc));
		var in = send("POST", base() + "/check-in", "{\"present\":[%d,%d]}".formatted(walker, extra), null);

		assertThat(in).hasStatusOk();
		JsonNode present = body(in).get("night").get("present");
		assertThat(present.size()).isEqualTo(2);
		assertThat(present.findValues("unplanned").stream().filter(JsonNode::asBoolean).count()).isEqualTo(1);
	}

	@Test
	void onlyTheTeamLogsTheNight() {
		assertThat(mvc.post().uri(base() + "/check-in").header("Authorization", bearer("vandrare"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"present\":[%d]}".formatted(walker)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(base() + "/check-in").header("Authorization", bearer("folkparken"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"present\":[%d]}".formatted(walker)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}
}
