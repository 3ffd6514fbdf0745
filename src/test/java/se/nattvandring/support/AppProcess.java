package se.nattvandring.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own, as a user starts it, on a data directory that outlives it: so a test can kill
 * it with SIGKILL, as the kernel does when memory runs out, and start it again.
 */
public final class AppProcess implements AutoCloseable {

	private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern READY = Pattern.compile("Nattvandring is running: open http://localhost:(\\d+)/");

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private AppProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			}
			catch (IOException ended) {
				// The process is gone; what it said is kept.
			}
		}, "app-process-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts the app from the test's own class path with the demo world, its data in {@code dataDirectory}. */
	public static AppProcess start(Path dataDirectory) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"se.nattvandring.NattvandringApplication", "--server.port=0", "--management.server.port=0", "--nattvandring.demo=true",
				"--nattvandring.jobs.enabled=false", "--nattvandring.database.embedded-directory=" + dataDirectory,
				"--logging.level.org.springframework.boot.tomcat=INFO"));
		return new AppProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** The port, once Tomcat listens: before the start-up work is done. */
	public int awaitListening(Duration timeout) {
		return Integer.parseInt(await(TOMCAT_PORT, timeout).group(1));
	}

	/** The port, once the app says it is running: after the start-up work. */
	public int awaitReady(Duration timeout) {
		return Integer.parseInt(await(READY, timeout).group(1));
	}

	public boolean said(String text) {
		return lines.stream().anyMatch(line -> line.contains(text));
	}

	public long linesSaying(String text) {
		return lines.stream().filter(line -> line.contains(text)).count();
	}

	public List<String> lines() {
		return List.copyOf(lines);
	}

	/** SIGKILL: the JVM ends at once, with no shutdown hook, and whatever it started lives on. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM: Spring shuts down, and the embedded PostgreSQL with it. */
	public int stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private Matcher await(Pattern pattern, Duration timeout) {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			Optional<Matcher> found = lines.stream().map(pattern::matcher).filter(Matcher::find).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (!process.isAlive()) {
				throw new AssertionError("The app ended before '" + pattern + "':\n" + tail());
			}
			sleep();
		}
		throw new AssertionError("No '" + pattern + "' within " + timeout + ":\n" + tail());
	}

	private String tail() {
		List<String> all = lines();
		return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Lines that match, for a test's message. */
	public List<String> linesMatching(Predicate<String> test) {
		return lines.stream().filter(test).toList();
	}
}
