package se.nattvandring.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.DemoMode;
import se.nattvandring.shared.Hashes;

/**
 * The first start of an installation without the demo: while no account exists, each start prints a one-time set-up
 * link in the log. The link is a secret of 256 random bits; only its SHA-256 is stored. It expires, works once, and
 * once the first account exists no link is issued or accepted again.
 */
@Component
public class FirstRun {

	private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Environment environment;

	private final Clock clock;

	private final Duration validFor;

	private final @Nullable String adminEmail;

	FirstRun(JdbcClient jdbc, DemoMode demoMode, Environment environment, Clock clock,
			@Value("${nattvandring.setup.link-valid-hours:24}") long validHours,
			@Value("${nattvandring.setup.admin-email:}") String adminEmail) {
		this.adminEmail = adminEmail.isBlank() ? null : adminEmail.strip();
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.environment = environment;
		this.clock = clock;
		this.validFor = Duration.ofHours(validHours);
	}

	@EventListener(ApplicationReadyEvent.class)
	void offerTheSetUp() {
		issueIfEmpty().ifPresent(token -> log.info("""


				  Nattvandring has no accounts yet. Open this one-time set-up link to create the first administrator
				  and the first district (it works once, for {} hours):

				    {}/setup/{}
				""", validFor.toHours(), baseUrl(), token));
	}

	/** The administrator's address the set-up form starts with ({@code nattvandring.setup.admin-email}). */
	@Nullable
	String suggestedAdminEmail() {
		return adminEmail;
	}

	/** A new set-up token, unless the demo runs or an account exists. */
	@Transactional
	public Optional<String> issueIfEmpty() {
		if (demoMode.enabled() || hasAccounts()) {
			return Optional.empty();
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into setup_token (token_hash, created_at, expires_at) values (:hash, :now, :expires)""")
			.param("hash", Hashes.sha256Hex(token)).param("now", Timestamp.from(clock.instant()))
			.param("expires", Timestamp.from(clock.instant().plus(validFor))).update();
		return Optional.of(token);
	}

	/** Whether the token opens the set-up now: known, unused, unexpired, and no account exists yet. */
	public boolean isOpen(@Nullable String token) {
		return token != null && !hasAccounts() && jdbc.sql("""
				select exists (select 1 from setup_token where token_hash = :hash and used_at is null
				               and expires_at > :now)""").param("hash", Hashes.sha256Hex(token))
			.param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
	}

	/**
	 * Uses the token up, in the caller's transaction: of two set-ups at once, one gets it. The set-up table is locked
	 * first, so that two different tokens cannot both create a first administrator.
	 * @return whether this call used it
	 */
	boolean use(String token) {
		jdbc.sql("lock table setup_token in exclusive mode").update();
		if (hasAccounts()) {
			return false;
		}
		return jdbc.sql("""
				update setup_token set used_at = :now where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", Hashes.sha256Hex(token)).param("now", Timestamp.from(clock.instant())).update() == 1;
	}

	private boolean hasAccounts() {
		return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
	}

	private String baseUrl() {
		String configured = environment.getProperty("nattvandring.base-url");
		if (configured != null && !configured.isBlank()) {
			return configured.replaceAll("/+$", "");
		}
		return "http://localhost:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080"));
	}
}
