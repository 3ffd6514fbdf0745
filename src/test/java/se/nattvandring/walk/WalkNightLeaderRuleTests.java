package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightSettings.LeaderRule;
import se.nattvandring.walk.NightTestWorld.Walker;

/**
 * The agreement's leader rule on every night write through the API, for a walker who may lead, one who may not, a
 * walker of the other association, and the association's contact. "Done" is the effect in the database; a refusal is
 * a 403 that leaves the walk as it was.
 */
@IntegrationTest
class WalkNightLeaderRuleTests {

	enum Actor {
		LEADER, MEMBER, OTHER_ASSOCIATION, CONTACT
	}

	/** A night write: the state the walk must be in, the request, and how to see that it was done. */
	enum Write {
		CHECK_IN("PLANNED", "POST", "/check-in", w -> "{\"present\":[%d,%d]}".formatted(w.leader, w.member),
				w -> "IN_PROGRESS".equals(w.world.status(w.walk))),
		VISIT("IN_PROGRESS", "POST", "/visits", w -> "{\"placeId\":%d}".formatted(w.place),
				w -> w.world.count("walk_visit", w.walk) == 1),
		OBSERVATION("IN_PROGRESS", "POST", "/observations",
				w -> "{\"category\":\"OTHER\",\"placeId\":%d,\"youth\":{\"age16to17\":2}}".formatted(w.place),
				w -> w.world.count("walk_observation", w.walk) == 1),
		YOUTH_CONTACTS("IN_PROGRESS", "POST", "/youth-contacts", w -> "{\"youth\":{\"age13to15\":1}}",
				w -> w.world.count("walk_youth_contact", w.walk) == 1),
		CHECK_OUT("IN_PROGRESS", "POST", "/check-out", w -> "{}", w -> "COMPLETED".equals(w.world.status(w.walk))),
		REPORT("COMPLETED", "PUT", "/report", w -> "{\"summary\":\"Lugn kväll\"}",
				w -> w.jdbc.sql("select count(*) from walk where id = :id and report_summary is not null")
					.param("id", w.walk).query(Long.class).single() == 1),
		SUBMIT("REPORTED_READY", "POST", "/report/submit", w -> "{}", w -> "REPORTED".equals(w.world.status(w.walk)));

		final String state;

		final String method;

		final String path;

		final Function<Night, String> body;

		final Function<Night, Boolean> done;

		Write(String state, String method, String path, Function<Night, String> body, Function<Night, Boolean> done) {
			this.state = state;
			this.method = method;
			this.path = path;
			this.body = body;
			this.done = done;
		}
	}

	/** One walk of its own per case, brought to the state the write needs by the association's contact. */
	record Night(NightTestWorld world, JdbcClient jdbc, long walk, long leader, long member, long place) {
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	NightSettings settings;

	@Autowired
	JdbcClient jdbc;

	LeaderRule before;

	@AfterEach
	void restoreTheAgreementsRule() {
		if (before != null) {
			setRule(before);
		}
	}

	/** As the district coordinator sets it on the night settings page; the phones stay as they were. */
	void setRule(LeaderRule rule) {
		NightSettings.Chosen now = settings.of(NightTestWorld.CURRENT_AGREEMENT);
		settings.configure(NightTestWorld.CURRENT_AGREEMENT,
				new NightSettings.Chosen(now.fieldAssistantsPhone(), now.teamLeaderPhone(), rule),
				world.coordinator());
	}

	static Stream<Arguments> cases() {
		return Stream.of(Write.values()).flatMap(write -> Stream.of(Actor.values()).map(actor -> {
			boolean leads = write == Write.CHECK_IN || write == Write.CHECK_OUT || write == Write.REPORT
					|| write == Write.SUBMIT;
			boolean allowed = switch (actor) {
				case LEADER, CONTACT -> true;
				case MEMBER -> !leads;
				case OTHER_ASSOCIATION -> false;
			};
			return Arguments.of(write, actor, allowed);
		}));
	}

	@ParameterizedTest(name = "LEADER_ONLY: {0} by {1} -> done {2}")
	@MethodSource("cases")
	void underLeaderOnlyOnlyTheLeaderAndTheContactLeadAndOnlyTheTeamLogs(Write write, Actor actor, boolean allowed)
			throws Exception {
		before = settings.of(NightTestWorld.CURRENT_AGREEMENT).leaderRule();
		setRule(LeaderRule.LEADER_ONLY);
		Walker leader = world.walker(NightTestWorld.AIK);
		Walker member = world.walker(NightTestWorld.AIK);
		Walker other = world.walker(NightTestWorld.FOLKPARKEN);
		long walk = world.walkStartingWithinTheHour(leader, member);
		Night night = new Night(world, jdbc, walk, leader.walkerId(), member.walkerId(), world.place());
		bringTo(night, write.state);
		String token = switch (actor) {
			case LEADER -> leader.token();
			case MEMBER -> member.token();
			case OTHER_ASSOCIATION -> other.token();
			case CONTACT -> "demo-token-aik";
		};
		String statusBefore = world.status(walk);

		MvcTestResult result = send(write.method, walk, write.path, write.body.apply(night), token);

		if (allowed) {
			assertThat(result).as("%s by %s", write, actor).hasStatus2xxSuccessful();
			assertThat(write.done.apply(night)).as("%s by %s was done", write, actor).isTrue();
		}
		else {
			// A walker of another association is not shown the walk at all.
			assertThat(result).as("%s by %s", write, actor).hasStatus(actor == Actor.OTHER_ASSOCIATION ? 404 : 403);
			assertThat(write.done.apply(night)).as("%s by %s was not done", write, actor).isFalse();
			assertThat(world.status(walk)).isEqualTo(statusBefore);
		}
	}

	/** The default rule: when the appointed leader is not there, a walker who is may lead the night. */
	@ParameterizedTest(name = "leader absent, present {0}: member may check in {1}")
	@MethodSource("absences")
	void whenTheLeaderIsAbsentASignedUpWalkerMayLead(String present, boolean mayLead) {
		before = settings.of(NightTestWorld.CURRENT_AGREEMENT).leaderRule();
		setRule(LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT);
		Walker leader = world.walker(NightTestWorld.AIK);
		Walker member = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader, member);
		String ids = present.equals("member only") ? String.valueOf(member.walkerId())
				: leader.walkerId() + "," + member.walkerId();

		MvcTestResult result = send("POST", walk, "/check-in", "{\"present\":[" + ids + "]}", member.token());

		assertThat(result.getResponse().getStatus()).isEqualTo(mayLead ? 200 : 403);
		assertThat(world.status(walk)).isEqualTo(mayLead ? "IN_PROGRESS" : "PLANNED");
	}

	/** The page offers check-in to whom the rule lets lead, and to no one else; the API refuses the rest as above. */
	@org.junit.jupiter.api.Test
	void theNightPageOffersTheLeadersStepsOnlyToWhoMayTakeThem() throws Exception {
		before = settings.of(NightTestWorld.CURRENT_AGREEMENT).leaderRule();
		setRule(LeaderRule.LEADER_ONLY);
		Walker leader = world.walker(NightTestWorld.AIK);
		Walker member = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader, member);

		String asLeader = page(walk, leader);
		String asMember = page(walk, member);

		assertThat(asLeader).contains("/api/v1/walks/" + walk + "/check-in");
		assertThat(asMember).doesNotContain("/api/v1/walks/" + walk + "/check-in").contains("data-night");
	}

	private String page(long walk, Walker walker) throws Exception {
		var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin("/login").user(walker.username()).password(NightTestWorld.PASSWORD));
		var session = se.nattvandring.support.SessionCookies.of(login);
		MvcTestResult page = mvc.get().uri("/walks/" + walk + "/night").cookie(session).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString();
	}

	static Stream<Arguments> absences() {
		return Stream.of(Arguments.of("member only", true), Arguments.of("leader and member", false));
	}

	private void bringTo(Night night, String state) {
		List<String[]> steps = switch (state) {
			case "PLANNED" -> List.of();
			case "IN_PROGRESS" -> List.<String[]>of(checkIn(night));
			case "COMPLETED" -> List.of(checkIn(night), new String[] { "POST", "/check-out", "{}" });
			default -> List.of(checkIn(night), new String[] { "POST", "/check-out", "{}" },
					new String[] { "PUT", "/report", "{\"summary\":\"Lugnt\"}" });
		};
		for (String[] step : steps) {
			assertThat(send(step[0], night.walk(), step[1], step[2], "demo-token-aik")).as(step[1])
				.hasStatus2xxSuccessful();
		}
	}

	private static String[] checkIn(Night night) {
		return new String[] { "POST", "/check-in", "{\"present\":[%d,%d]}".formatted(night.leader(), night.member()) };
	}

	private MvcTestResult send(String method, long walk, String path, String body, String token) {
		var request = method.equals("PUT") ? mvc.put() : mvc.post();
		return request.uri("/api/v1/walks/" + walk + path).header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
			.content(body).exchange();
	}
}
