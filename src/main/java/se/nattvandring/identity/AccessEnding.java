package se.nattvandring.identity;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every way into an account, ended together when its membership ends: its live sessions, its unused sign-in links and
 * its API tokens (night passes included). It runs in the caller's transaction, so a deactivation that is rolled back
 * ends nothing, and one that commits leaves no way in. Reactivating restores none of them.
 * <p>
 * The sessions are deleted here in SQL rather than through Spring Session's repository, because that one writes in a
 * transaction of its own: the session table is this module's (V15), in the layout Spring Session reads.
 */
@Component
class AccessEnding {

	/** What the audit trail records as ended, without a token or a session id. */
	record Ended(int sessions, int signInLinks, int apiTokens) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessEnding(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Ended endAllOf(UserAccount account) {
		int sessions = jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", account.username()).update();
		int links = jdbc.sql("delete from one_time_tokens where username = :username")
			.param("username", account.username()).update();
		int tokens = jdbc.sql("""
				update api_token set revoked_at = :now, revoked_reason = 'REVOKED'
				where user_id = :userId and revoked_at is null
				""").param("now", java.sql.Timestamp.from(clock.instant())).param("userId", account.requiredId())
			.update();
		return new Ended(sessions, links, tokens);
	}

	/** After a password change: every other session and every unused sign-in link; API tokens stay. */
	void endOthersOf(UserAccount account, String keepSessionId) {
		jdbc.sql("delete from spring_session where principal_name = :username and session_id <> :keep")
			.param("username", account.username()).param("keep", keepSessionId).update();
		jdbc.sql("delete from one_time_tokens where username = :username").param("username", account.username())
			.update();
	}
}
