package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.support.ClusterProbe;
import se.nattvandring.support.Instance;
import se.nattvandring.walk.NightTestWorld;

/**
 * Two instances on one PostgreSQL, as a city runs the service behind a load balancer: what one does, the other knows
 * (a session, the login throttle, a night write's key), a scheduled round runs on one of them only, the actuator is on
 * the management port alone, and while the database is away both answer 503 and come back by themselves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	@TempDir
	static Path data;

	static EmbeddedPostgres postgres;

	static int port;

	static Instance a;

	static Instance b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws Exception {
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		postgres = startPostgres();
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		// Each instance's schedule runs, as in production; the rounds below are claimed through the same lock.
		// Incomplete reactions are resent every few seconds here, where production waits minutes.
		String[] jobs = { "nattvandring.jobs.enabled=true", "nattvandring.events.resubmit-every=PT2S",
				"nattvandring.events.resubmit-after=PT1S" };
		a = Instance.start(url, "instance-a", jobs);
		b = Instance.start(url, "instance-b", jobs);
	}

	@AfterAll
	static void stop() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { b, a, postgres }) {
			if (closeable != null) {
				closeable.close();
			}
		}
	}

	@Test
	@Order(1)
	void aSessionMadeOnOneInstanceIsAcceptedByTheOther() {
		String session = signIn(a, "aik", "nattvandring");
		String name = a.bean(JdbcClient.class).sql("select display_name from user_account where username = 'aik'")
			.query(String.class).single();

		HttpResponse<String> start = b.get("/", "Cookie", session);

		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains(name).doesNotContain("action=\"/login\"");
	}

	@Test
	@Order(2)
	void aScheduledRoundRunsOnOneInstanceOnly() throws Exception {
		CountDownLatch together = new CountDownLatch(1);
		List<CompletableFuture<Void>> runs = List.of(a, b).stream().map(instance -> CompletableFuture.runAsync(() -> {
			await(together);
			invokeSchedule(instance, "se.nattvandring.volunteer.VolunteerSchedule", "anonymiseLongInactive");
		})).toList();
		together.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

		assertThat(jobRuns(a, "anonymise-walkers") + jobRuns(b, "anonymise-walkers")).isEqualTo(1);
		assertThat(skipped(a, "anonymise-walkers") + skipped(b, "anonymise-walkers")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aNightWriteReplayedToTheOtherInstanceIsStoredOnce() {
		NightTestWorld world = a.bean(NightTestWorld.class);
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader);
		String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		assertThat(write(a, "/api/v1/walks/" + walk + "/check-in",
				"{\"present\":[" + leader.walkerId() + "],\"at\":\"" + at + "\"}", UUID.randomUUID()).statusCode())
			.isBetween(200, 201);
		UUID key = UUID.randomUUID();
		String visit = "{\"placeId\":" + world.place() + ",\"at\":\"" + at + "\"}";

		HttpResponse<String> first = write(a, "/api/v1/walks/" + walk + "/visits", visit, key);
		HttpResponse<String> replayed = write(b, "/api/v1/walks/" + walk + "/visits", visit, key);

		assertThat(first.statusCode()).isBetween(200, 201);
		assertThat(replayed.statusCode()).isEqualTo(first.statusCode());
		assertThat(replayed.body()).isEqualTo(first.body());
		assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(world.count("walk_visit", walk)).isOne();
		assertThat(b.bean(MeterRegistry.class).counter("nattvandring.idempotency.replays").count()).isOne();
	}

	@Test
	@Order(4)
	void theLoginThrottleCountsAcrossInstances() {
		String name = "kluster-" + UUID.randomUUID().toString().substring(0, 8);
		a.bean(Accounts.class).create(name, "Kluster Testsson", "en-fras-for-klustret",
				a.bean(Organisations.class).byId(1).orElseThrow(), Set.of(Role.BOARD));
		// Three failures are free; the fourth pauses the account for a second, wherever it is tried next.
		for (int i = 0; i < 4; i++) {
			assertThat(login(i % 2 == 0 ? b : a, name, "fel-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		HttpResponse<String> right = login(b, name, "en-fras-for-klustret");

		assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
		assertThat(a.bean(JdbcClient.class).sql("""
				select failures from login_throttle where throttle_key = 'account:' ||
				  (select id from user_account where username = :name)""").param("name", name).query(Integer.class)
			.single()).as("failures counted on both instances, in one row").isEqualTo(4);
	}

	@Test
	@Order(5)
	void theActuatorAnswersOnTheManagementPortAndNotOnThePublicOne() {
		HttpResponse<String> metrics = Instance.fetch(a.managementUrl("/actuator/prometheus"));

		assertThat(metrics.statusCode()).isEqualTo(200);
		for (String metric : List.of("http_server_requests_seconds_count", "hikaricp_connections_active",
				"nattvandring_events_incomplete", "nattvandring_events_incomplete_oldest_seconds",
				"nattvandring_mails_waiting", "nattvandring_idempotency_replays_total", "nattvandring_jobs")) {
			assertThat(metrics.body()).as(metric).contains(metric);
		}
		assertThat(a.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(a.get("/actuator/health").statusCode()).isEqualTo(404);
		assertThat(Instance.fetch(a.managementUrl("/actuator/health/readiness")).body()).contains("\"UP\"");
	}

	@Test
	@Order(6)
	void whileTheDatabaseIsAwayCallsAnswer503AndWithin10SecondsOfItsReturnTheyGoThrough() throws Exception {
		String bearer = "Bearer demo-token-aik";
		assertThat(a.get("/api/v1/walks", "Authorization", bearer).statusCode()).isEqualTo(200);

		postgres.close();
		HttpResponse<String> during = a.get("/api/v1/walks", "Authorization", bearer);
		HttpResponse<String> page = b.get("/login", "Accept", "text/html");

		assertThat(during.statusCode()).isEqualTo(503);
		assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(during.body()).contains("\"status\":503").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("<h1>Tillfälligt otillgänglig</h1>").doesNotContain("Exception");
		assertThat(a.get("/readyz").statusCode()).as("readiness while the database is away").isEqualTo(503);
		assertThat(a.get("/livez").statusCode()).as("liveness: no restart needed").isEqualTo(200);

		postgres = startPostgres();
		Instant back = Instant.now();
		Duration recovered = null;
		while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
			if (a.get("/api/v1/walks", "Authorization", bearer).statusCode() == 200
					&& b.get("/api/v1/walks", "Authorization", bearer).statusCode() == 200) {
				recovered = Duration.between(back, Instant.now());
				break;
			}
			Thread.sleep(200);
		}
		assertThat(recovered).as("both instances answer again without a restart").isNotNull()
			.isLessThanOrEqualTo(Duration.ofSeconds(10));
		assertThat(a.get("/readyz").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(7)
	void aReadOnlyDatabaseRefusesWritesWithItsReasonWhileReadsGoOn() throws Exception {
		NightTestWorld world = b.bean(NightTestWorld.class);
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader);
		String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		assertThat(write(a, "/api/v1/walks/" + walk + "/check-in",
				"{\"present\":[" + leader.walkerId() + "],\"at\":\"" + at + "\"}", UUID.randomUUID()).statusCode())
			.isBetween(200, 201);
		String visit = "{\"placeId\":" + world.place() + ",\"at\":\"" + at + "\"}";
		readOnly(true);
		try {
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(
					() -> write(a, "/api/v1/walks/" + walk + "/visits", visit, UUID.randomUUID()).statusCode() == 503);

			HttpResponse<String> refused = write(a, "/api/v1/walks/" + walk + "/visits", visit, UUID.randomUUID());
			HttpResponse<String> read = a.get("/api/v1/walks/" + walk, "Authorization", "Bearer demo-token-aik");

			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(refused.body()).contains("Går bara att läsa just nu").doesNotContain("Exception");
			assertThat(read.statusCode()).as("reads go on").isEqualTo(200);
			assertThat(world.count("walk_visit", walk)).as("nothing half-written").isZero();
		}
		finally {
			readOnly(false);
		}
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(
				() -> write(a, "/api/v1/walks/" + walk + "/visits", visit, UUID.randomUUID()).statusCode() == 201);
	}

	/** Makes the whole server read-only, as a standby is, or takes that back. */
	private static void readOnly(boolean on) throws Exception {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("set default_transaction_read_only = off");
			statement.execute(on ? "alter system set default_transaction_read_only = on"
					: "alter system reset default_transaction_read_only");
			statement.execute("select pg_reload_conf()");
		}
	}

	@Test
	@Order(8)
	void aReactionLeftIncompleteByAStoppedInstanceIsCompletedByTheOtherOnce() {
		UUID id = UUID.randomUUID();
		JdbcClient onA = a.bean(JdbcClient.class);
		JdbcClient jdbc = b.bean(JdbcClient.class);

		a.publishInTransaction(new ClusterProbe.Probe(id));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> onA.sql("""
				select count(*) from event_publication where serialized_event like :id and completion_date is null
				""").param("id", "%" + id + "%").query(Long.class).single() == 1);
		a.close();
		a = null;

		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select count(*) from event_publication where serialized_event like :id and completion_date is not null
				""").param("id", "%" + id + "%").query(Long.class).single() == 1);
		assertThat(ClusterProbe.EFFECTS.get(id)).as("the reaction's effect").hasValue(1);
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :id")
			.param("id", "%" + id + "%").query(Long.class).single()).isOne();
	}

	private static EmbeddedPostgres startPostgres() throws Exception {
		return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data.resolve("postgres"))
			.setCleanDataDirectory(false).setServerConfig("timezone", "UTC").setServerConfig("max_connections", "60")
			.start();
	}

	private static HttpResponse<String> write(Instance instance, String path, String body, UUID key) {
		return instance.post(path, body, "Authorization", "Bearer demo-token-aik", "Content-Type", "application/json",
				"Idempotency-Key", key.toString());
	}

	/** Signs in through the login form and returns the session cookie, as a browser would keep it. */
	private static String signIn(Instance instance, String username, String password) {
		HttpResponse<String> done = login(instance, username, password);
		assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		return cookieOf(done);
	}

	private static HttpResponse<String> login(Instance instance, String username, String password) {
		HttpResponse<String> form = instance.get("/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return instance.post("/login", body, "Cookie", cookieOf(form), "Content-Type",
				"application/x-www-form-urlencoded");
	}

	private static String cookieOf(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.contains("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';'))).reduce((first, last) -> last).orElseThrow();
	}

	private static void invokeSchedule(Instance instance, String className, String method) {
		try {
			Class<?> type = Class.forName(className);
			var invoked = type.getDeclaredMethod(method);
			invoked.setAccessible(true);
			invoked.invoke(instance.bean(type));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long jobRuns(Instance instance, String job) {
		return instance.bean(MeterRegistry.class).find("nattvandring.jobs").tag("job", job).timers().stream()
			.mapToLong(timer -> timer.count()).sum();
	}

	private static double skipped(Instance instance, String job) {
		return instance.bean(MeterRegistry.class).find("nattvandring.jobs.skipped").tag("job", job).counters()
			.stream().mapToDouble(counter -> counter.count()).sum();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
