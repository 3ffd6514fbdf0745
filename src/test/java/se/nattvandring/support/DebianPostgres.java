package se.nattvandring.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's {@code postgresql} package, started by a test in a directory of its own: the
 * external database a city runs, with its own {@code pg_dump} and {@code pg_restore}. Debian's server will not run as
 * root, so under root its commands run as the {@code postgres} user the package made. CI installs the package.
 */
public final class DebianPostgres implements AutoCloseable {

	private final Path bin;

	private final Path directory;

	private final int port;

	private DebianPostgres(Path bin, Path directory, int port) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
	}

	/** The newest installed major version's programs. */
	public static Path bin() {
		Path root = Path.of("/usr/lib/postgresql");
		try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
			return versions.map(version -> version.resolve("bin"))
				.filter(candidate -> Files.isExecutable(candidate.resolve("pg_ctl")))
				.max(Comparator.comparingInt(candidate -> Integer.parseInt(candidate.getParent().getFileName()
					.toString().replaceAll("\\D", "0"))))
				.orElseThrow(() -> new IllegalStateException(
						"Debian's PostgreSQL server is not installed (apt-get install postgresql; .ci/run does)"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static DebianPostgres start(Path parent) throws Exception {
		Path directory = Files.createDirectories(parent.resolve("debian-postgres"));
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		DebianPostgres server = new DebianPostgres(bin(), directory, port);
		if (isRoot()) {
			server.run(List.of("chown", "-R", "postgres:postgres", directory.toString()), Map.of(), false);
			server.run(List.of("chmod", "755", parent.toString()), Map.of(), false);
		}
		server.run(List.of(server.program("initdb"), "-D", directory.resolve("data").toString(), "-A", "trust", "-U",
				"postgres", "-E", "UTF8", "--locale=C.UTF-8"), Map.of(), true);
		server.run(List.of(server.program("pg_ctl"), "-D", directory.resolve("data").toString(), "-l",
				directory.resolve("server.log").toString(), "-w", "-o", "-p " + port + " -k " + directory
						+ " -c listen_addresses=127.0.0.1 -c timezone=UTC -c max_connections=60", "start"),
				Map.of(), true);
		return server;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** The libpq variables the backup scripts read, for this server and the named database. */
	public Map<String, String> libpq(String database) {
		return Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(port), "PGUSER", "postgres", "PGDATABASE",
				database, "PG_BIN", bin.toString());
	}

	public String program(String name) {
		return bin.resolve(name).toString();
	}

	/** Runs a command (as the current user, or as the server's user when {@code asServer}); its output if it ends 0. */
	public String run(List<String> command, Map<String, String> environment, boolean asServer) throws Exception {
		List<String> full = new ArrayList<>();
		if (asServer && isRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
		}
		return output;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	@Override
	public void close() throws Exception {
		run(List.of(program("pg_ctl"), "-D", directory.resolve("data").toString(), "-m", "fast", "-w", "stop"),
				Map.of(), true);
	}
}
