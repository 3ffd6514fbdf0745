package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.nattvandring.support.AppProcess;
import se.nattvandring.support.DemoLogins;

/**
 * A crash is a non-event: the app is killed with SIGKILL while it builds the demo world and again once it runs, and
 * each next start on the same data directory stops the PostgreSQL the dead run left, says so in one line, and is ready
 * as usual with the demo world whole, built once. Until the start-up work is done, readiness is not UP.
 */
class CrashAndRestartTests {

	private static final Duration START = Duration.ofMinutes(3);

	private static final String LEFTOVER_STOPPED = "Stopped the embedded PostgreSQL";

	private static final String DEMO_CREATED = "Demo data created";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@Test
	void killedWhileTheDemoWorldLoadsAndKilledWhileRunningTheAppStartsAgainAsUsual() throws Exception {
		Path postgres = data.resolve("postgres");
		boolean firstMadeTheWorld;
		try (AppProcess first = AppProcess.start(postgres)) {
			int port = first.awaitListening(START);
			boolean ready = status(port, "/readyz") == 200;
			boolean healthy = status(port, "/readyz") == 200;
			if (ready || healthy) {
				await("UP only once the demo world is made").atMost(Duration.ofSeconds(5))
					.until(() -> first.said(DEMO_CREATED));
			}
			first.kill();
			firstMadeTheWorld = first.said(DEMO_CREATED);
			assertThat(leftoverServer(postgres)).as("the server the killed run left").isPresent();
		}

		long walks;
		try (AppProcess second = AppProcess.start(postgres)) {
			int port = second.awaitReady(START);
			assertThat(second.linesSaying(LEFTOVER_STOPPED)).isEqualTo(1);
			assertThat(second.said(DEMO_CREATED)).as("the killed start's half-made world is finished or made afresh")
				.isNotEqualTo(firstMadeTheWorld);
			assertThat(second.lines()).noneMatch(line -> line.contains("Exception") || line.contains("\tat "));
			assertThat(status(port, "/readyz")).isEqualTo(200);
			assertThat(status(port, "/livez")).isEqualTo(200);
			walks = demoWalks(port);
			assertThat(walks).isPositive();
			assertThat(agreements(port)).isEqualTo(2);
			second.kill();
		}

		try (AppProcess third = AppProcess.start(postgres)) {
			int port = third.awaitReady(START);
			assertThat(third.linesSaying(LEFTOVER_STOPPED)).isEqualTo(1);
			assertThat(third.said(DEMO_CREATED)).as("the demo world is made once").isFalse();
			assertThat(demoWalks(port)).isEqualTo(walks);
			assertThat(agreements(port)).isEqualTo(2);
			third.stop();
		}
		assertThat(leftoverServer(postgres)).as("a clean stop leaves no server").isEmpty();
	}

	/** A failed run must not leave a server behind on the build machine. */
	@AfterEach
	void stopWhatIsLeft() {
		leftoverServer(data.resolve("postgres")).ifPresent(ProcessHandle::destroy);
	}

	private static int status(int port, String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static long demoWalks(int port) throws Exception {
		return total(api(port, "/api/v1/walks"));
	}

	private static long agreements(int port) throws Exception {
		return total(api(port, "/api/v1/agreements"));
	}

	/** A list's total, from the one shape every list has: {items, number, size, total}. */
	private static long total(HttpResponse<String> answer) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).get("total").asLong();
	}

	private static HttpResponse<String> api(int port, String path) throws Exception {
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", DemoLogins.bearer("distrikt")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return answer;
	}

	/** The live process postmaster.pid names, as the next start will find it. */
	private static Optional<ProcessHandle> leftoverServer(Path postgres) {
		try {
			long pid = Long.parseLong(Files.readAllLines(postgres.resolve("postmaster.pid")).get(0).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (java.io.IOException | RuntimeException none) {
			return Optional.empty();
		}
	}
}
