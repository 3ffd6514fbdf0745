package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.IntegrationTest;

/**
 * A phone's write and the answer kept for its key commit together or not at all. A crash after the write but before
 * the answer is kept (here: the write's own failure at that point) leaves neither the write nor the key behind, so
 * the retry writes once; the retry after that gets the kept answer and writes nothing.
 */
@IntegrationTest
class IdempotentWriteAtomicityTests {

	@Autowired
	IdempotentWrites writes;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void anEffectToCount() {
		jdbc.sql("create table if not exists idempotency_test_effect (key uuid not null)").update();
	}

	@AfterEach
	void dropIt() {
		jdbc.sql("drop table if exists idempotency_test_effect").update();
	}

	@Test
	void aWriteThatDiesBeforeItsAnswerIsKeptLeavesNothingAndTheRetryWritesOnce() {
		String key = UUID.randomUUID().toString();

		assertThatThrownBy(() -> writes.run(key, 1, "POST", "/test", "{}", () -> {
			effect(key);
			throw new IllegalStateException("the process dies before the answer is kept");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(effects(key)).as("the write went with the crash").isZero();
		assertThat(claims(key)).as("no claim is left to block the retry").isZero();

		ResponseEntity<String> first = writes.run(key, 1, "POST", "/test", "{}", () -> {
			effect(key);
			return ResponseEntity.ok(Map.of("done", true));
		});
		ResponseEntity<String> again = writes.run(key, 1, "POST", "/test", "{}", () -> {
			effect(key);
			return ResponseEntity.ok(Map.of("done", "twice"));
		});

		assertThat(effects(key)).isEqualTo(1);
		assertThat(again.getBody()).isEqualTo(first.getBody()).contains("true");
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
	}

	private void effect(String key) {
		jdbc.sql("insert into idempotency_test_effect (key) values (:key)").param("key", UUID.fromString(key)).update();
	}

	private long effects(String key) {
		return jdbc.sql("select count(*) from idempotency_test_effect where key = :key")
			.param("key", UUID.fromString(key)).query(Long.class).single();
	}

	private long claims(String key) {
		return jdbc.sql("select count(*) from idempotency_record where idempotency_key = :key")
			.param("key", UUID.fromString(key)).query(Long.class).single();
	}
}
