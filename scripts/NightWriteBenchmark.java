import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of a walk night's writes, against a running app in demo mode. Not a test: it measures time on this
 * machine. Run it with the JDK alone, no build:
 *
 *   java scripts/NightWriteBenchmark.java [base-url]
 *
 * 1. One phone: the time per observation at the start of a night, after 200 entries and after 1,000.
 * 2. Eight phones writing observations to one walk at once: the answers by status, and whether every acknowledged
 *    observation is stored exactly once.
 * Each part plans a walk of its own as Älvsjö AIK's demo contact, so the demo's walks are left alone.
 */
public class NightWriteBenchmark {

	static final String TOKEN = "Bearer demo-token-aik";

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static String base;

	public static void main(String[] args) throws Exception {
		base = args.length > 0 ? args[0] : "http://localhost:8080";
		System.out.println("Night writes against " + base + " on " + java.time.LocalDate.now());
		onePhone();
		eightPhones(8, 100);
	}

	static void onePhone() throws Exception {
		long place = place();
		// A warm-up on a walk of its own, so that the first band measures the app and not the JIT.
		long warmUp = walkInProgress(8);
		for (int n = 0; n < 400; n++) {
			observe(warmUp, place, "warm-up " + n);
		}
		long walk = walkInProgress(0);
		Map<Integer, List<Long>> bands = new java.util.TreeMap<>();
		for (int band : new int[] { 0, 200, 1000 }) {
			bands.put(band, new ArrayList<>());
		}
		for (int n = 0; n < 1050; n++) {
			long started = System.nanoTime();
			HttpResponse<String> answer = observe(walk, place, "entry " + n);
			long micros = (System.nanoTime() - started) / 1000;
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("write " + n + ": " + answer.statusCode() + " " + answer.body());
			}
			for (int band : bands.keySet()) {
				if (n >= band && n < band + 50) {
					bands.get(band).add(micros);
				}
			}
		}
		System.out.println("One phone, walk " + walk + ": 50 observations after N entries, time per write");
		double first = 0;
		for (var band : bands.entrySet()) {
			List<Long> times = band.getValue();
			Collections.sort(times);
			double median = times.get(times.size() / 2) / 1000.0;
			double p95 = times.get((int) (times.size() * 0.95)) / 1000.0;
			if (band.getKey() == 0) {
				first = median;
			}
			System.out.printf("  after %4d entries: median %6.2f ms, p95 %6.2f ms, %.2f x the first%n", band.getKey(),
					median, p95, median / first);
		}
	}

	static void eightPhones(int phones, int each) throws Exception {
		long walk = walkInProgress(4);
		long place = place();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(phones);
		List<Future<?>> done = new ArrayList<>();
		for (int p = 0; p < phones; p++) {
			int phone = p;
			done.add(pool.submit(() -> {
				start.await();
				for (int n = 0; n < each; n++) {
					String note = "phone " + phone + " entry " + n;
					int status = observe(walk, place, note).statusCode();
					statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
					if (status == 201) {
						acknowledged.add(note);
					}
				}
				return null;
			}));
		}
		long started = System.nanoTime();
		start.countDown();
		for (Future<?> phone : done) {
			phone.get();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		pool.shutdown();
		String night = get("/api/v1/walks/" + walk).body();
		List<String> stored = new ArrayList<>();
		Matcher notes = Pattern.compile("\"note\":\"(phone \\d+ entry \\d+)\"").matcher(night);
		while (notes.find()) {
			stored.add(notes.group(1));
		}
		Collections.sort(stored);
		List<String> expected = new ArrayList<>(acknowledged);
		Collections.sort(expected);
		System.out.printf("%d phones x %d observations on walk %d in %d ms: answers %s%n", phones, each, walk, millis,
				statuses);
		System.out.printf("  5xx: %d; acknowledged %d, stored %d, every acknowledged stored exactly once: %s%n",
				statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get()).sum(),
				expected.size(), stored.size(), stored.equals(expected));
	}

	/** Plans a walk starting within the hour as the contact, puts an eligible walker on it and checks in. */
	static long walkInProgress(int offsetHours) throws Exception {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusMinutes(40).plusHours(offsetHours)
			.truncatedTo(ChronoUnit.MINUTES);
		String plan = """
				{"agreementId":2,"associationId":2,"date":"%s","start":"%s","end":"%s","meetingPoint":"Benchmark",
				 "placeIds":[%d],"minTeam":1,"maxTeam":8}""".formatted(start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(3), place());
		HttpResponse<String> planned = send("POST", "/api/v1/walks", plan);
		long walk = number(planned.body(), "\"id\":(\\d+)");
		String walkers = get("/api/v1/associations/2/walkers").body();
		Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(walkers);
		while (ids.find()) {
			long walker = Long.parseLong(ids.group(1));
			if (send("POST", "/api/v1/walks/" + walk + "/signups", "{\"walkerId\":" + walker + "}").statusCode() < 300) {
				HttpResponse<String> in = send("POST", "/api/v1/walks/" + walk + "/check-in",
						"{\"present\":[" + walker + "]}");
				if (in.statusCode() != 200) {
					throw new IllegalStateException("check-in: " + in.statusCode() + " " + in.body());
				}
				return walk;
			}
		}
		throw new IllegalStateException("No walker of Älvsjö AIK could join walk " + walk + ": " + planned.body());
	}

	static long place() throws Exception {
		return number(get("/api/v1/agreements/2/place-plans").body(), "\"places\":\\[\\{\"id\":(\\d+)");
	}

	static HttpResponse<String> observe(long walk, long place, String note) throws Exception {
		return send("POST", "/api/v1/walks/" + walk + "/observations",
				"{\"category\":\"YOUTH_GATHERING\",\"placeId\":%d,\"youth\":{\"age16to17\":2},\"note\":\"%s\"}"
					.formatted(place, note));
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
