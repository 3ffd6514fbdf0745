package se.nattvandring.identity;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;

import se.nattvandring.shared.Hashes;
import se.nattvandring.shared.RuleViolationException;

/**
 * The second factor: time-based codes (RFC 6238, computed by otp-java) and ten recovery codes. A code is accepted once
 * (the last time step used is kept), and one step either side of now for a phone whose clock drifts. Recovery codes are
 * kept as SHA-256 hashes, which suffices for 50 random bits each, and compared in constant time. Codes follow the wall
 * clock, never the application's business clock, because that is what the person's phone shows.
 */
@Service
public class SecondFactors {

	/** The roles that handle money or rights, and so must pass a second factor before they act on them. */
	static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.DISTRICT_COORDINATOR, Role.ATTESTER, Role.ADMIN,
			Role.INSTALLATION_ADMIN);

	static final int RECOVERY_CODES = 10;

	private static final long STEP_SECONDS = 30;

	private static final String ISSUER = "Nattvandring";

	private static final SecureRandom RANDOM = new SecureRandom();

	record Enrolment(String secret, String otpauthUri) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock wall;

	SecondFactors(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.wall = Clock.systemUTC();
	}

	static boolean requiredFor(CurrentUser user) {
		return requiredFor(user.roles());
	}

	public static boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(REQUIRED_FOR::contains);
	}

	boolean isEnrolled(long userId) {
		return jdbc.sql("select count(*) from user_totp where user_id = :id and confirmed_at is not null")
			.param("id", userId).query(Long.class).single() > 0;
	}

	/** A fresh secret to scan; it counts only once a code from it is confirmed. An enrolled person must be reset. */
	@Transactional
	Enrolment start(CurrentUser user) {
		if (isEnrolled(user.userId())) {
			throw new RuleViolationException("secondFactor.error.alreadyEnrolled");
		}
		String secret = new String(SecretGenerator.generate(), StandardCharsets.US_ASCII);
		jdbc.sql("""
				insert into user_totp (user_id, secret) values (:id, :secret)
				on conflict (user_id) do update set secret = excluded.secret, confirmed_at = null, last_used_step = 0
				""").param("id", user.userId()).param("secret", secret).update();
		return enrolment(secret, user.username());
	}

	/** The pending enrolment, to show the same QR code again while the person finds their phone. */
	@Nullable
	Enrolment pending(CurrentUser user) {
		return jdbc.sql("select secret from user_totp where user_id = :id and confirmed_at is null")
			.param("id", user.userId()).query(String.class).optional()
			.map(secret -> enrolment(secret, user.username())).orElse(null);
	}

	/** Confirms the enrolment with a first code, and returns the recovery codes, shown this once. */
	@Transactional
	List<String> confirm(CurrentUser user, @Nullable String code) {
		String secret = jdbc.sql("select secret from user_totp where user_id = :id and confirmed_at is null")
			.param("id", user.userId()).query(String.class).optional()
			.orElseThrow(() -> new RuleViolationException("secondFactor.error.notStarted"));
		if (!acceptTimeCode(user.userId(), secret, code)) {
			throw new RuleViolationException("secondFactor.error.wrongCode");
		}
		jdbc.sql("update user_totp set confirmed_at = :now where user_id = :id")
			.param("now", Timestamp.from(wall.instant())).param("id", user.userId()).update();
		List<String> codes = newRecoveryCodes(user.userId());
		events.publishEvent(new IdentityEvents.SecondFactorChanged(user.userId(), "Enrolled"));
		return codes;
	}

	/** A code from the authenticator, or an unused recovery code; either works once. */
	@Transactional
	boolean verify(long userId, @Nullable String code) {
		String secret = jdbc.sql("select secret from user_totp where user_id = :id and confirmed_at is not null")
			.param("id", userId).query(String.class).optional().orElse(null);
		boolean passed = secret != null && (acceptTimeCode(userId, secret, code) || useRecoveryCode(userId, code));
		events.publishEvent(new SecurityEvents.SecondFactor(userId, "CHECK", passed, null));
		return passed;
	}

	/** Whoever lost their phone and their codes asks their administrator, who removes the factor; it is audited. */
	@Transactional
	void reset(long userId, long byUserId) {
		jdbc.sql("delete from user_recovery_code where user_id = :id").param("id", userId).update();
		jdbc.sql("delete from user_totp where user_id = :id").param("id", userId).update();
		events.publishEvent(new IdentityEvents.SecondFactorChanged(userId, "Reset"));
		events.publishEvent(new SecurityEvents.SecondFactor(userId, "RESET", true, byUserId));
	}

	/** For the demo and for importing accounts: a factor already set up on the person's phone. */
	@Transactional
	public void enrolConfirmed(long userId, String base32Secret) {
		jdbc.sql("""
				insert into user_totp (user_id, secret, confirmed_at) values (:id, :secret, :now)
				on conflict (user_id) do update set secret = excluded.secret, confirmed_at = excluded.confirmed_at
				""").param("id", userId).param("secret", base32Secret).param("now", Timestamp.from(wall.instant()))
			.update();
	}

	/** Demo mode only: the code the demo account's phone would show now, printed on the challenge page. */
	@Nullable
	String currentCodeForDemo(long userId) {
		return jdbc.sql("select secret from user_totp where user_id = :id and confirmed_at is not null")
			.param("id", userId).query(String.class).optional()
			.map(secret -> generator(secret).at(wall.instant()))
			.orElse(null);
	}

	private boolean acceptTimeCode(long userId, String secret, @Nullable String typed) {
		String code = typed == null ? "" : typed.replaceAll("\\s", "");
		if (!code.matches("\\d{6}")) {
			return false;
		}
		TOTPGenerator generator = generator(secret);
		long now = wall.instant().getEpochSecond() / STEP_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			byte[] expected = generator.at(Instant.ofEpochSecond(step * STEP_SECONDS)).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, code.getBytes(StandardCharsets.US_ASCII))) {
				// Claimed in one statement: a code seen once, or an older one, is refused even under a race.
				return jdbc.sql("update user_totp set last_used_step = :step where user_id = :id and last_used_step < :step")
					.param("step", step).param("id", userId).update() == 1;
			}
		}
		return false;
	}

	private boolean useRecoveryCode(long userId, @Nullable String typed) {
		String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
		if (!code.matches("[a-z2-7]{10}")) {
			return false;
		}
		byte[] hash = Hashes.sha256Hex(code).getBytes(StandardCharsets.US_ASCII);
		List<RecoveryCode> unused = jdbc.sql("select id, code_hash from user_recovery_code where user_id = :id and used_at is null")
			.param("id", userId).query(RecoveryCode.class).list();
		for (RecoveryCode candidate : unused) {
			if (MessageDigest.isEqual(candidate.codeHash().getBytes(StandardCharsets.US_ASCII), hash)) {
				return jdbc.sql("update user_recovery_code set used_at = :now where id = :id and used_at is null")
					.param("now", Timestamp.from(wall.instant())).param("id", candidate.id()).update() == 1;
			}
		}
		return false;
	}

	private record RecoveryCode(long id, String codeHash) {
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from user_recovery_code where user_id = :id").param("id", userId).update();
		List<String> codes = new ArrayList<>();
		String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
			}
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
			jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (:id, :hash)").param("id", userId)
				.param("hash", Hashes.sha256Hex(code.toString())).update();
		}
		return codes;
	}

	private static TOTPGenerator generator(String base32Secret) {
		return TOTPGenerator.withDefaultValues(base32Secret.getBytes(StandardCharsets.US_ASCII));
	}

	private static Enrolment enrolment(String secret, String account) {
		TOTPGenerator generator = generator(secret);
		try {
			return new Enrolment(secret, generator.getURI(ISSUER, account).toString());
		}
		catch (URISyntaxException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
