package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Walks, series and sign-ups through the API, on the demo world: the rules and what each refusal says. */
@IntegrationTest
class WalkApiTests {

	/** Demo ids: the seed agreement, the current one, and Älvsjö AIK and Södra Folkparken. */
	static final long SEED = 1;

	static final long CURRENT = 2;

	static final long AIK = 2;

	static final long FOLKPARKEN = 3;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	MvcTestResult get(String uri, String user) {
		return mvc.get().uri(uri).header("Authorization", bearer(user)).exchange();
	}

	MvcTestResult post(String uri, String user, String body) {
		return mvc.post().uri(uri).header("Authorization", bearer(user)).header("Accept-Language", "sv")
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	JsonNode body(MvcTestResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void theSeedAgreementHasAtLeastTwentyWalksInAutumn2024AndTheCurrentOneHasUpcomingWalks() throws Exception {
		var seed = get("/api/v1/walks?agreement=" + SEED + "&from=2024-09-01&to=2024-12-31", "distrikt");
		LocalDate today = StockholmTime.today(clock);
		var current = get("/api/v1/walks?agreement=" + CURRENT + "&from=" + today, "distrikt");

		assertThat(seed).hasStatusOk();
		JsonNode autumn = body(seed).get("items");
		assertThat(autumn.size()).isGreaterThanOrEqualTo(20);
		for (JsonNode walk : autumn) {
			assertThat(walk.get("agreementId").asLong()).isEqualTo(SEED);
			assertThat(LocalDate.parse(walk.get("date").asString())).isBetween(LocalDate.of(2024, 9, 1),
					LocalDate.of(2024, 12, 31));
			assertThat(walk.get("route").size()).isGreaterThan(0);
		}
		assertThat(body(current).get("items").size()).isGreaterThan(0);
	}

	@Test
	void signingUpAWalkerWhoseTrainingHasExpiredIsRefusedWithTheReason() throws Exception {
		long walk = upcomingWalkOf(AIK);
		long expired = walkerNamed("Lars Öberg");

		var result = post("/api/v1/walks/" + walk + "/signups", "aik", "{\"walkerId\":" + expired + "}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result).get("detail").asString()).contains("utbildning gick ut");
		assertThat(teamOf(walk)).doesNotContain(expired);
	}

	@Test
	void aWalkerOfAnotherAssociationCannotBeAdded() throws Exception {
		long walk = upcomingWalkOf(AIK);

		var result = post("/api/v1/walks/" + walk + "/signups", "aik",
				"{\"walkerId\":" + walkerNamed("Olivia Strand") + "}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result).get("detail").asString()).contains("annan förening");
	}

	@Test
	void aWalkerCannotBeOnTwoOverlappingWalks() throws Exception {
		long first = upcomingWalkOf(FOLKPARKEN);
		var original = body(get("/api/v1/walks/" + first, "folkparken")).get("walk");
		long walker = walkerNamed("Elsa Wallin");
		assertThat(post("/api/v1/walks/" + first + "/signups", "folkparken", "{\"walkerId\":" + walker + "}"))
			.hasStatus(HttpStatus.CREATED);
		String overlapping = """
				{"agreementId":%d,"associationId":%d,"date":"%s","start":"23:00","end":"02:00",
				 "meetingPoint":"Solberga torg"}""".formatted(CURRENT, FOLKPARKEN, original.get("date").asString());
		long second = body(post("/api/v1/walks", "folkparken", overlapping)).get("id").asLong();

		var result = post("/api/v1/walks/" + second + "/signups", "folkparken", "{\"walkerId\":" + walker + "}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result).get("detail").asString()).contains("överlappar");
	}

	@Test
	void aWalkOutsideTheAgreementsPeriodIsRefusedAndNothingIsSaved() throws Exception {
		long before = countWalks();
		String plan = """
				{"agreementId":%d,"associationId":%d,"date":"2023-06-01","start":"21:00","end":"01:00",
				 "meetingPoint":"Älvsjö station"}""".formatted(SEED, AIK);

		var result = post("/api/v1/walks", "aik", plan);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result).get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(body(result).get("errors").get(0).get("message").asString()).contains("utanför avtalets period");
		assertThat(countWalks()).isEqualTo(before);
	}

	@Test
	void aSeriesThatEndsBeforeItStartsIsRefused() throws Exception {
		String series = """
				{"agreementId":%d,"associationId":%d,"firstDate":"%d-12-20","lastDate":"%d-12-01",
				 "weekdays":["FRIDAY"],"start":"21:00","end":"01:00","meetingPoint":"Älvsjö station"}"""
			.formatted(CURRENT, AIK, year(), year());

		var result = post("/api/v1/walks/series", "aik", series);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result).get("errors").get(0).get("message").asString()).contains("slutar innan den börjar");
	}

	@Test
	void aSeriesWithOneDateOutsideThePeriodSavesNoneOfItsWalks() throws Exception {
		long before = countWalks();
		String series = """
				{"agreementId":%d,"associationId":%d,"firstDate":"2025-12-01","lastDate":"2026-01-31",
				 "weekdays":["WEDNESDAY"],"start":"21:00","end":"01:00","meetingPoint":"Älvsjö station"}"""
			.formatted(SEED, AIK);

		var result = post("/api/v1/walks/series", "aik", series);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result).get("errors").get(0).get("message").asString()).contains("2026-01-07");
		assertThat(countWalks()).isEqualTo(before);
	}

	@Test
	void aSeriesOnWednesdaysPlansEveryWednesdayLessTheSkippedOnes() throws Exception {
		String series = """
				{"agreementId":%d,"associationId":%d,"firstDate":"%d-12-01","lastDate":"%d-12-31",
				 "weekdays":["WEDNESDAY"],"skipDates":["%d-12-23"],"start":"19:30","end":"22:30",
				 "meetingPoint":"Älvsjö station"}""".formatted(CURRENT, AIK, year() + 1, year() + 1, year() + 1);

		var result = post("/api/v1/walks/series", "aik", series);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		long wednesdays = LocalDate.of(year() + 1, 12, 1).datesUntil(LocalDate.of(year() + 2, 1, 1))
			.filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY && d.getDayOfMonth() != 23).count();
		assertThat(body(result).get("walkIds").size()).isEqualTo((int) wednesdays);
	}

	@Test
	void anAssociationCannotPlanForAnotherAssociation() {
		String plan = """
				{"agreementId":%d,"associationId":%d,"date":"%d-12-16","start":"21:00","end":"01:00",
				 "meetingPoint":"Älvsjö station"}""".formatted(CURRENT, AIK, year());

		assertThat(post("/api/v1/walks", "folkparken", plan)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/api/v1/walks", "vandrare", plan)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aWalkerCannotSignUpAfterTheCutOff() throws Exception {
		var result = post("/api/v1/walks/1/signups", "vandrare", "");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result).get("detail").asString()).contains("timmar före start");
	}

	@Test
	void otherPartiesSeeHowManyWalkNotWho() throws Exception {
		long walk = upcomingStaffedWalkOf(AIK);

		JsonNode asDistrict = body(get("/api/v1/walks/" + walk, "distrikt")).get("walk");
		JsonNode asAssociation = body(get("/api/v1/walks/" + walk, "aik")).get("walk");

		assertThat(asDistrict.get("team").size()).isEqualTo(asAssociation.get("team").size()).isPositive();
		assertThat(asDistrict.get("team").get(0).get("name").asString()).startsWith("#");
		assertThat(asAssociation.get("team").get(0).get("name").asString()).doesNotStartWith("#");
	}

	int year() {
		return StockholmTime.today(clock).getYear();
	}

	long upcomingWalkOf(long association) {
		return jdbc.sql("""
				select id from walk where agreement_id = :a and association_id = :o and status = 'PLANNED'
				and starts_at > now() + interval '1 day' order by starts_at limit 1""")
			.param("a", CURRENT).param("o", association).query(Long.class).single();
	}

	long upcomingStaffedWalkOf(long association) {
		return jdbc.sql("""
				select w.id from walk w where w.agreement_id = :a and w.association_id = :o and w.starts_at > now()
				and exists (select 1 from walk_signup s where s.walk_id = w.id) order by w.starts_at limit 1""")
			.param("a", CURRENT).param("o", association).query(Long.class).single();
	}

	long walkerNamed(String name) {
		return jdbc.sql("select id from walker where name = :n").param("n", name).query(Long.class).single();
	}

	java.util.List<Long> teamOf(long walk) {
		return jdbc.sql("select walker_id from walk_signup where walk_id = :w").param("w", walk).query(Long.class)
			.list();
	}

	long countWalks() {
		return jdbc.sql("select count(*) from walk").query(Long.class).single();
	}
}
