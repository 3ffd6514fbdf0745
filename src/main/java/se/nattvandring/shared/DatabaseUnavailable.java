package se.nattvandring.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot take the request now (down, restarting, out of connections, read-only
 * or full), so that the caller is told to come back rather than shown an error: 503 with {@code Retry-After}. One rule
 * for the filter in front of everything and for the API's own error handling.
 */
public final class DatabaseUnavailable {

	/** How long a caller is asked to wait: about as long as PostgreSQL takes to restart. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * SQL states of a server that is away or cannot write: connection exceptions (08), shutting down or starting
	 * (57P01-57P03), a read-only transaction (25006, a standby or a read-only switch), and insufficient resources (53).
	 */
	private static final Set<String> STATES = Set.of("25006", "57P01", "57P02", "57P03", "53100", "53200", "53300");

	private DatabaseUnavailable() {
	}

	/** Why the database cannot take the request, each told to the user in its own words. */
	public enum Reason {

		/** Down, restarting, or out of connections: nothing can be read or written. */
		UNREACHABLE("unavailable"),

		/** Read-only (a standby not yet promoted, or switched so for maintenance): reads go on, writes wait. */
		READ_ONLY("readOnly"),

		/** Out of disk: reads go on, writes wait. */
		FULL("databaseFull");

		private final String problemKey;

		Reason(String problemKey) {
			this.problemKey = problemKey;
		}

		/** The key of its title and detail in the messages: {@code problem.<key>.title}. */
		public String problemKey() {
			return problemKey;
		}
	}

	/** The reason, or null when the failure is not the database's unavailability; one walk down the causes. */
	public static @Nullable Reason reasonFor(@Nullable Throwable failure) {
		boolean unavailable = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// A rollback or commit that failed on a connection the server dropped hides the first failure.
			if (cause instanceof TransactionSystemException system) {
				Reason hidden = reasonFor(system.getApplicationException());
				if (hidden != null) {
					return hidden;
				}
				unavailable |= system.getCause() instanceof SQLException;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals("25006")) {
					return Reason.READ_ONLY;
				}
				if (state.equals("53100")) {
					return Reason.FULL;
				}
				unavailable |= state.startsWith("08") || STATES.contains(state);
			}
			unavailable |= cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException;
			if (cause.getCause() == cause) {
				break;
			}
		}
		return unavailable ? Reason.UNREACHABLE : null;
	}
}
