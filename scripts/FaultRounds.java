import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults under load, against the app started here as a child process on a data directory of its own. Not a test: it
 * takes minutes and prints what it measured, for docs/reliability.md. Run it with the JDK alone:
 *
 *   java scripts/FaultRounds.java kill ROUNDS CLASSPATH [SEED]
 *       each round: 1,000 night writes (observations, each with its own Idempotency-Key) from 8 threads; the app is
 *       killed with SIGKILL after a seeded number of them; it is started again, every write that got no answer is
 *       sent again with its key, and the walk must hold every write exactly once.
 *   java scripts/FaultRounds.java term ROUNDS CLASSPATH [SEED]
 *       as kill, with SIGTERM: a graceful stop finishes the writes in flight and takes no new ones.
 *   java scripts/FaultRounds.java restart ROUNDS CLASSPATH SEED JDBC_URL PG_CTL_COMMAND...
 *       each round: the same writes, and the external PostgreSQL is stopped for 3 s (pg_ctl stop -m fast) and
 *       started again (pg_ctl start) in the middle of them, through the command given. Counts the
 *       answers, checks every 503 has Retry-After, times the first success after the server is back, resends what
 *       got no success, and checks exactly-once.
 *
 * CLASSPATH is the app's: target/classes and its dependencies, e.g.
 *   ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=runtime
 *   java scripts/FaultRounds.java kill 20 "target/classes:$(cat /tmp/cp.txt)"
 */
public class FaultRounds {

	static final String TOKEN = "Bearer demo-token-aik";

	static final int WRITES = 1000;

	static final int THREADS = 8;

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	static final Pattern READY = Pattern.compile("Nattvandring is running: open http://localhost:(\\d+)/");

	static Process app;

	static final List<String> lines = new CopyOnWriteArrayList<>();

	static String base;

	/** Answers that said the write had been stored before: sent again after the fault, and not stored twice. */
	static final AtomicInteger replayed = new AtomicInteger();

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		int rounds = Integer.parseInt(args[1]);
		String classpath = args[2];
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261207L;
		List<String> external = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
		Random random = new Random(seed);
		Path data = Files.createTempDirectory("fault-rounds");
		System.out.printf("FaultRounds %s, %d rounds, seed %d, %s, %s%n", mode, rounds, seed,
				external.isEmpty() ? "embedded PostgreSQL" : "external PostgreSQL " + external.get(0),
				java.time.LocalDate.now());
		start(classpath, data, external.isEmpty() ? null : external.get(0));
		int lost = 0;
		int twice = 0;
		for (int round = 1; round <= rounds; round++) {
			int faultAfter = 50 + random.nextInt(WRITES - 100);
			long walk = walkInProgress(round);
			long place = place();
			Map<String, String> keys = new TreeMap<>();
			for (int n = 0; n < WRITES; n++) {
				keys.put("r" + round + "-w" + n, UUID.randomUUID().toString());
			}
			Map<String, Integer> answers = new ConcurrentHashMap<>();
			AtomicInteger sent = new AtomicInteger();
			Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
			AtomicInteger without503RetryAfter = new AtomicInteger();
			Runnable fault = mode.equals("kill") ? FaultRounds::kill : mode.equals("term") ? FaultRounds::terminate
					: () -> restartPostgres(external.size() > 1 ? external.subList(1, external.size()) : null);
			Instant[] back = new Instant[1];
			Instant[] firstSuccessAfter = new Instant[1];
			ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
			List<Future<?>> done = new ArrayList<>();
			List<String> notes = new ArrayList<>(keys.keySet());
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int n = thread; n < WRITES; n += THREADS) {
						String note = notes.get(n);
						if (sent.incrementAndGet() == faultAfter) {
							pool.submit(() -> {
								try {
									fault.run();
									back[0] = Instant.now();
								}
								catch (RuntimeException failed) {
									System.out.println("  the fault failed: " + failed);
								}
							});
						}
						int status = observe(walk, place, note, keys.get(note));
						statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
						if (status == 201 || status == 200) {
							answers.put(note, status);
							if (back[0] != null && firstSuccessAfter[0] == null) {
								firstSuccessAfter[0] = Instant.now();
							}
						}
						if (status == -503) {
							without503RetryAfter.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> thread : done) {
				thread.get();
			}
			pool.shutdown();
			pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
			int acknowledged = answers.size();
			if (mode.equals("kill") || mode.equals("term")) {
				start(classpath, data, external.isEmpty() ? null : external.get(0));
			}
			// Resend, with the same key and body, every write that got no success, until each has one.
			int resent = 0;
			replayed.set(0);
			for (String note : notes) {
				while (!answers.containsKey(note)) {
					int status = observe(walk, place, note, keys.get(note));
					resent++;
					if (status == 201 || status == 200) {
						answers.put(note, status);
					}
					else {
						Thread.sleep(200);
					}
				}
			}
			Map<String, Integer> stored = storedNotes(walk, "r" + round + "-");
			int missing = (int) notes.stream().filter(note -> !stored.containsKey(note)).count();
			int duplicated = (int) stored.values().stream().filter(count -> count > 1).count();
			lost += missing;
			twice += duplicated;
			String recovery = back[0] == null || firstSuccessAfter[0] == null ? "-"
					: Duration.between(back[0], firstSuccessAfter[0]).toMillis() + " ms";
			System.out.printf("round %2d: fault after %3d sent; answers %s; acknowledged before the fault's end %4d; "
					+ "resent %4d (of them already stored %d); stored %4d; lost %d; twice %d; 503 without Retry-After %d; "
					+ "first success after the fault %s%n", round, faultAfter, new TreeMap<>(toCounts(statuses)),
					acknowledged, resent, replayed.get(), stored.size(), missing, duplicated, without503RetryAfter.get(), recovery);
		}
		System.out.printf("total: %d rounds x %d writes; lost %d; stored twice %d%n", rounds, WRITES, lost, twice);
		app.destroy();
		app.waitFor();
	}

	static Map<Integer, Integer> toCounts(Map<Integer, AtomicInteger> statuses) {
		Map<Integer, Integer> counts = new TreeMap<>();
		statuses.forEach((status, count) -> counts.put(status, count.get()));
		return counts;
	}

	static void start(String classpath, Path data, String jdbcUrl) throws Exception {
		lines.clear();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath,
				"se.nattvandring.NattvandringApplication", "--server.port=0", "--management.server.port=0",
				"--nattvandring.demo=true", "--nattvandring.jobs.enabled=false",
				"--nattvandring.database.embedded-directory=" + data.resolve("postgres")));
		if (jdbcUrl != null) {
			command.addAll(List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
					"--spring.datasource.password="));
		}
		app = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			}
			catch (Exception ended) {
				// the process is gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		Instant until = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(until)) {
			for (String line : lines) {
				Matcher ready = READY.matcher(line);
				if (ready.find()) {
					base = "http://127.0.0.1:" + ready.group(1);
					return;
				}
			}
			if (!app.isAlive()) {
				throw new IllegalStateException("The app ended:\n" + String.join("\n", lines));
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The app did not start:\n" + String.join("\n", lines));
	}

	static void kill() {
		app.destroyForcibly();
		try {
			app.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGTERM: the app finishes what is in flight and takes nothing new; its exit code is printed. */
	static void terminate() {
		app.destroy();
		try {
			System.out.printf("  stopped with SIGTERM, exit code %d%n", app.waitFor());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops PostgreSQL for 3 s and starts it again, the app running on. */
	static void restartPostgres(List<String> externalPgCtl) {
		try {
			if (externalPgCtl != null) {
				run(withArgs(externalPgCtl, "stop", "-m", "fast", "-w"));
				Thread.sleep(3000);
				run(withArgs(externalPgCtl, "start", "-w"));
				return;
			}
			// The app's own embedded server is its child: nothing but the app restarts it. Its restart is shown by
			// ClusterTests, on a zonky server of the test's own; here, give an external server's pg_ctl.
			throw new IllegalStateException("restart needs an external server: JDBC_URL and its pg_ctl command");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> withArgs(List<String> command, String... more) {
		List<String> all = new ArrayList<>(command);
		all.addAll(List.of(more));
		return all;
	}

	static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + ": " + output);
		}
	}

	/** The status, or -503 for a 503 without Retry-After, or 0 when no answer came at all. */
	static int observe(long walk, long place, String note, String key) {
		try {
			HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/walks/" + walk
					+ "/observations")).header("Authorization", TOKEN).header("Content-Type", "application/json")
				.header("Idempotency-Key", key).timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"category\":\"YOUTH_GATHERING\",\"placeId\":%d,\"youth\":{\"age16to17\":2},\"note\":\"%s\"}"
							.formatted(place, note)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
				replayed.incrementAndGet();
			}
			if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
				return -503;
			}
			return answer.statusCode();
		}
		catch (Exception noAnswer) {
			return 0;
		}
	}

	static Map<String, Integer> storedNotes(long walk, String prefix) throws Exception {
		String night = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/walks/" + walk))
			.header("Authorization", TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
		Map<String, Integer> stored = new TreeMap<>();
		Matcher notes = Pattern.compile("\"note\":\"(" + Pattern.quote(prefix) + "w\\d+)\"").matcher(night);
		while (notes.find()) {
			stored.merge(notes.group(1), 1, Integer::sum);
		}
		return stored;
	}

	/** A walk of its own starting within the hour, an Älvsjö AIK walker on it and checked in. */
	static long walkInProgress(int round) throws Exception {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusMinutes(40)
			.truncatedTo(ChronoUnit.MINUTES);
		String plan = """
				{"agreementId":2,"associationId":2,"date":"%s","start":"%s","end":"%s","meetingPoint":"Fault round %d",
				 "placeIds":[%d],"minTeam":1,"maxTeam":8}""".formatted(start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(3), round, place());
		HttpResponse<String> planned = send("POST", "/api/v1/walks", plan);
		long walk = number(planned.body(), "\"id\":(\\d+)");
		// A trained walker of its own for each round: one walker cannot be on two walks at the same time.
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> registered = send("POST", "/api/v1/associations/2/walkers", """
				{"name":"Fault %s","email":"fault-%s@exempel.se","birthDate":"1980-03-03","informedOn":"2025-01-01"}"""
			.formatted(tag, tag));
		long walker = number(registered.body(), "\"id\":(\\d+)");
		send("POST", "/api/v1/walkers/" + walker + "/trainings",
				"{\"course\":\"Grund\",\"provider\":\"Nattvandring.nu\",\"completedOn\":\"2024-01-01\"}");
		HttpResponse<String> signedUp = send("POST", "/api/v1/walks/" + walk + "/signups", "{\"walkerId\":" + walker + "}");
		HttpResponse<String> in = send("POST", "/api/v1/walks/" + walk + "/check-in", "{\"present\":[" + walker + "]}");
		if (in.statusCode() != 200) {
			throw new IllegalStateException("sign-up " + signedUp.statusCode() + " " + signedUp.body() + "; check-in "
					+ in.statusCode() + " " + in.body());
		}
		return walk;
	}

	static long place() throws Exception {
		return number(get("/api/v1/agreements/2/place-plans").body(), "\"places\":\\[\\{\"id\":(\\d+)");
	}

	static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TOKEN).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> send(String method, String path, String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TOKEN)
			.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
			.method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static long number(String body, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("No " + pattern + " in " + body);
		}
		return Long.parseLong(m.group(1));
	}
}
