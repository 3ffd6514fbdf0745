package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld.Walker;

/**
 * A team's phones write at once: eight clients post observations to one walk together. None may get a 5xx because
 * another wrote first, and every observation acknowledged is stored exactly once. (How long a write takes is
 * measured by scripts/night-write-benchmark, not here.)
 */
@IntegrationTest
class NightWritesConcurrencyTests {

	static final int CLIENTS = 8;

	static final int WRITES_EACH = 15;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eightPhonesWritingToOneWalkAtOnceGetNo5xxAndEveryAcknowledgedObservationIsStoredOnce() throws Exception {
		List<Walker> team = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			team.add(world.walker(NightTestWorld.AIK));
		}
		long walk = world.walkStartingWithinTheHour(team.get(0), team.subList(1, CLIENTS).toArray(Walker[]::new));
		long place = world.place();
		assertThat(post(walk, "/check-in", "{\"present\":%s}".formatted(team.stream().map(Walker::walkerId).toList()),
				team.get(0).token())).isEqualTo(200);

		Map<String, Integer> answers = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService phones = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> done = new ArrayList<>();
		for (Walker phone : team) {
			done.add(phones.submit(() -> {
				start.await();
				for (int n = 0; n < WRITES_EACH; n++) {
					String note = "Samling vid entrén, telefon " + phone.walkerId() + " anteckning " + n;
					answers.put(note, post(walk, "/observations", """
							{"category":"YOUTH_GATHERING","placeId":%d,"youth":{"age16to17":2},"note":"%s"}
							""".formatted(place, note), phone.token()));
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> phone : done) {
			phone.get(60, TimeUnit.SECONDS);
		}
		phones.shutdown();

		assertThat(answers).hasSize(CLIENTS * WRITES_EACH);
		assertThat(answers.values()).as("no phone gets a 5xx").allMatch(status -> status < 500);
		List<String> acknowledged = answers.entrySet().stream().filter(e -> e.getValue() == 201).map(Map.Entry::getKey)
			.sorted().toList();
		List<String> stored = jdbc.sql("select note from walk_observation where walk_id = :walk order by note")
			.param("walk", walk).query(String.class).list();
		assertThat(stored).as("every acknowledged observation stored exactly once").isEqualTo(acknowledged);
		assertThat(acknowledged).as("plain writes from the team are all taken").hasSize(CLIENTS * WRITES_EACH);
	}

	private int post(long walk, String path, String body, String token) {
		return mvc.post().uri("/api/v1/walks/" + walk + path).header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
			.content(body).exchange().getResponse().getStatus();
	}
}
