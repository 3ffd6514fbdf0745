package se.nattvandring.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without letting anyone lock a user out. Failures are counted per account, whatever name
 * or address was typed for it, and per source address. A few failures are free; after them each failure doubles the
 * pause before the next try, up to a cap: half a minute for an account, so an attacker's guesses never keep its owner
 * out for minutes, and longer for one address, which is where guessing comes from. A refused try while paused does not
 * count, so waiting always helps. The counts are in PostgreSQL (V16), shared by instances and kept across restarts.
 */
@Component
class LoginThrottle {

	/** How many failures are free, and the longest pause that more of them can earn. */
	record Rule(int freeFailures, Duration longestPause) {

		/** The pause after this many failures in a row: 0 while free, then 1 s, 2 s, 4 s … up to the longest. */
		Duration pauseAfter(int failures) {
			int beyond = failures - freeFailures;
			if (beyond <= 0) {
				return Duration.ZERO;
			}
			long seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << (beyond - 1);
			return Duration.ofSeconds(Math.min(seconds, longestPause.toSeconds()));
		}
	}

	static final Rule PER_ACCOUNT = new Rule(3, Duration.ofSeconds(30));

	static final Rule PER_ADDRESS = new Rule(10, Duration.ofMinutes(5));

	/**
	 * Sign-in links asked for from one address, whichever addresses they were for: more are free than for passwords,
	 * as a school or a club's wifi asks for several in an evening, but one machine cannot mail every walker.
	 */
	static final Rule LINKS_PER_ADDRESS = new Rule(20, Duration.ofMinutes(5));

	/** Failures older than this are forgotten: a user who mistyped yesterday starts afresh. */
	static final Duration MEMORY = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** How long this try must still wait, for the account typed and the address it came from; zero when it may go. */
	Duration pauseFor(String typedName, @Nullable String address) {
		return pauseOf(keys(typedName, address));
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName(),
				ThrottledAuthenticationProvider.addressOf(event.getAuthentication()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	/** How long a sign-in link request must still wait, for the address it names and the address it came from. */
	Duration linkPauseFor(String email, @Nullable String address) {
		return pauseOf(address == null ? List.of(accountKey(email))
				: List.of(accountKey(email), linkAddressKey(address)));
	}

	private Duration pauseOf(List<String> keys) {
		Instant now = clock.instant();
		return jdbc.sql("select max(paused_until) from login_throttle where throttle_key in (:keys)")
			.param("keys", keys)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single()
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until))
			.orElse(Duration.ZERO);
	}

	/**
	 * A sign-in link asked for: counted for the account, as a failure is, and forgotten at its next sign-in; and for
	 * the address it came from, whether or not the e-mail address has an account, so that nobody learns which have.
	 */
	@Transactional
	void linkAsked(String email, @Nullable String address) {
		count(accountKey(email), PER_ACCOUNT);
		if (address != null) {
			count(linkAddressKey(address), LINKS_PER_ADDRESS);
		}
	}

	@Transactional
	void failed(String typedName, @Nullable String address) {
		String account = accountKey(typedName);
		count(account, PER_ACCOUNT);
		if (address != null) {
			count(addressKey(address), PER_ADDRESS);
		}
	}

	/** A right password clears the account's count; the address's stays, so one own account cannot reset it. */
	@Transactional
	void succeeded(String typedName) {
		jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(typedName)).update();
	}

	@Transactional
	int forgetOldFailures() {
		return jdbc.sql("delete from login_throttle where last_failure_at < :before")
			.param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
	}

	private void count(String key, Rule rule) {
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				insert into login_throttle (throttle_key, failures, last_failure_at, paused_until)
				values (:key, 1, :now, :now)
				on conflict (throttle_key) do update set
				  failures = case when login_throttle.last_failure_at < :forgetBefore then 1
				                  else login_throttle.failures + 1 end,
				  last_failure_at = :now
				returning failures
				""").param("key", key).param("now", java.sql.Timestamp.from(now))
			.param("forgetBefore", java.sql.Timestamp.from(now.minus(MEMORY))).query(Integer.class).single();
		jdbc.sql("update login_throttle set paused_until = :until where throttle_key = :key").param("key", key)
			.param("until", java.sql.Timestamp.from(now.plus(rule.pauseAfter(failures)))).update();
	}

	private List<String> keys(String typedName, @Nullable String address) {
		return address == null ? List.of(accountKey(typedName)) : List.of(accountKey(typedName), addressKey(address));
	}

	/**
	 * The account the name belongs to, by username or e-mail; a name no account has is counted by its hash, so that a
	 * password typed into the name field is never kept.
	 */
	private String accountKey(String typedName) {
		String name = typedName.strip();
		if (name.length() > 254) {
			name = name.substring(0, 254);
		}
		String known = name;
		return accounts.byLoginName(known).map(a -> "account:" + a.requiredId())
			.orElseGet(() -> "name:" + se.nattvandring.shared.Hashes.sha256Hex(known.toLowerCase(Locale.ROOT)));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String linkAddressKey(String address) {
		return "links-from:" + address;
	}
}
