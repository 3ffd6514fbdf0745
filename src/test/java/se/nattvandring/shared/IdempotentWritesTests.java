package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.IntegrationTest;

/** Kept keys are forgotten once no phone would retry with them. */
@IntegrationTest
class IdempotentWritesTests {

	@Autowired
	IdempotentWrites writes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keysOlderThanTheKeepingTimeAreForgottenAndNewerOnesKept() {
		long user = jdbc.sql("select id from user_account where username = 'aik'").query(Long.class).single();
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		for (var key : new Object[][] { { old, "40 days" }, { recent, "2 hours" } }) {
			jdbc.sql("""
					insert into idempotency_record (idempotency_key, user_id, method, path, request_hash, status,
					  response_body, created_at, completed_at)
					values (:k, :u, 'POST', '/x', 'h', 200, '{}', now() - cast(:age as interval), now())""")
				.param("k", key[0]).param("u", user).param("age", key[1]).update();
		}

		assertThat(writes.forgetOlderThan(Duration.ofDays(30))).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("select count(*) from idempotency_record where idempotency_key = :k").param("k", old)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from idempotency_record where idempotency_key = :k").param("k", recent)
			.query(Long.class).single()).isEqualTo(1);
	}
}
