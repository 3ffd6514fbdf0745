package se.nattvandring.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes from phones that may be sent twice: the first request with a key runs and its response is kept under the key;
 * a repeat gets that response again; the key with another request gets 422. The key is claimed, the write made and
 * its answer kept in one transaction of their own, so that a refused write, or a crash, leaves nothing behind, and a
 * repeat never writes twice. A claim without an answer (left by a version that claimed apart) still gets 409.
 */
@Component
public class IdempotentWrites {

	public static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final JsonMapper json;

	private final Clock clock;

	private final io.micrometer.core.instrument.Counter replays;

	IdempotentWrites(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock,
			io.micrometer.core.instrument.MeterRegistry meters) {
		this.jdbc = jdbc;
		this.replays = io.micrometer.core.instrument.Counter.builder("nattvandring.idempotency.replays")
			.description("Writes sent again with a key already used, answered from the stored response")
			.register(meters);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param key the request's Idempotency-Key, or null to just run the write
	 * @param requestBody the body as received, which together with method and path identifies the request
	 */
	public ResponseEntity<String> run(@Nullable String key, long userId, String method, String path,
			String requestBody, Supplier<ResponseEntity<?>> write) {
		if (key == null || key.isBlank()) {
			return asJson(write.get());
		}
		UUID uuid = parse(key);
		String hash = Hashes.sha256Hex(method + " " + path + "\n" + requestBody);
		// The claim, the write and the stored answer commit together or not at all: a crash anywhere between them
		// leaves no claim behind, so the retry runs the write once. A repeat that arrives while the first is running
		// waits at the key's unique index until the first commits, and then gets its answer.
		return ownTransaction.execute(status -> {
			int claimed = jdbc.sql("""
					insert into idempotency_record (idempotency_key, user_id, method, path, request_hash, created_at)
					values (:key, :user, :method, :path, :hash, :now) on conflict do nothing
					""").param("key", uuid).param("user", userId).param("method", method).param("path", path)
				.param("hash", hash).param("now", Timestamp.from(clock.instant())).update();
			if (claimed == 0) {
				replays.increment();
				return replay(uuid, userId, hash);
			}
			ResponseEntity<String> response = asJson(write.get());
			jdbc.sql("""
					update idempotency_record set status = :status, response_body = :body, completed_at = :now
					where idempotency_key = :key and user_id = :user
					""").param("status", response.getStatusCode().value()).param("body", response.getBody())
				.param("now", Timestamp.from(clock.instant())).param("key", uuid).param("user", userId).update();
			return response;
		});
	}

	/**
	 * Forgets keys older than {@code age}: a phone retries within the night, not weeks later.
	 * @return how many were forgotten
	 */
	public int forgetOlderThan(java.time.Duration age) {
		return jdbc.sql("delete from idempotency_record where created_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(age))).update();
	}

	private ResponseEntity<String> replay(UUID key, long userId, String hash) {
		record Stored(String requestHash, @Nullable Integer status, @Nullable String body) {
		}
		Optional<Stored> stored = jdbc.sql("""
				select request_hash, status, response_body from idempotency_record
				where idempotency_key = :key and user_id = :user
				""").param("key", key).param("user", userId)
			.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3))).optional();
		if (stored.isEmpty() || stored.get().status() == null) {
			throw new IdempotencyException(IdempotencyException.Reason.IN_PROGRESS);
		}
		if (!stored.get().requestHash().equals(hash)) {
			throw new IdempotencyException(IdempotencyException.Reason.REUSED_WITH_OTHER_REQUEST);
		}
		return ResponseEntity.status(stored.get().status()).header("Idempotent-Replayed", "true")
			.contentType(MediaType.APPLICATION_JSON).body(stored.get().body());
	}

	private ResponseEntity<String> asJson(ResponseEntity<?> response) {
		Object body = response.getBody();
		return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
			.contentType(MediaType.APPLICATION_JSON).body(body == null ? "{}" : json.writeValueAsString(body));
	}

	private static UUID parse(String key) {
		try {
			return UUID.fromString(key.strip().replace("\"", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(HEADER, "idempotency.error.format");
		}
	}
}
