package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

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
		String session = a.signIn("aik", "nattvandring");
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
			instance.invoke("se.nattvandring.volunteer.VolunteerSchedule", "anonymiseLongInactive");
		})).toList();
		together.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

		assertThat(a.jobRuns("anonymise-walkers") + b.jobRuns("anonymise-walkers")).isEqualTo(1);
		assertThat(a.skippedRounds("anonymise-walkers") + b.skippedRounds("anonymise-walkers")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aNightWriteReplayedToTheOtherInstanceIsStoredOnce() {
		NightTestWorld world = a.bean(NightTestWorld.class);
		long walk = walkCheckedIn(world);
		UUID key = UUID.randomUUID();
		String visit = visitNow(world);

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
			assertThat((i % 2 == 0 ? b : a).login(name, "fel-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		HttpResponse<String> right = b.login(name, "en-fras-for-klustret");

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
		long walk = walkCheckedIn(world);
		String visit = visitNow(world);
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

	/** A walk of a new walker's own, checked in through instance a. */
	private static long walkCheckedIn(NightTestWorld world) {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader);
		assertThat(write(a, "/api/v1/walks/" + walk + "/check-in", "{\"present\":[" + leader.walkerId() + "],\"at\":\""
				+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}", UUID.randomUUID()).statusCode())
			.isBetween(200, 201);
		return walk;
	}

	private static String visitNow(NightTestWorld world) {
		return "{\"placeId\":" + world.place() + ",\"at\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}";
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

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
