package se.nattvandring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.shared.AuditableEvent;
import se.nattvandring.support.IntegrationTest;

@IntegrationTest
class AuditTrailTests {

	record ThingRenamed(String entityId) implements AuditableEvent {
		@Override
		public String entityType() {
			return "thing";
		}

		@Override
		public String action() {
			return "revised";
		}

		@Override
		public Map<String, ?> changes() {
			return Map.of("name", java.util.List.of("old", "new"));
		}
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommittedChangeIsAppendedThroughTheRegistryAndARolledBackOneNever() {
		transactions.executeWithoutResult(tx -> events.publishEvent(new ThingRenamed("kept")));
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new ThingRenamed("rolled-back"));
			tx.setRollbackOnly();
		});

		await().untilAsserted(() -> assertThat(trail.history("thing", "kept", 10)).hasSize(1));
		assertThat(jdbc.sql("""
				select count(*) from event_publication where event_type like '%AuditRecord'
				and listener_id like '%AuditTrail%' and serialized_event like '%"entityId":"kept"%'
				and completion_date is not null""").query(Long.class).single()).isEqualTo(1);
		assertThat(trail.history("thing", "kept", 10)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.changes()).containsEntry("name", java.util.List.of("old", "new"));
		});
		assertThat(trail.history("thing", "rolled-back", 10)).isEmpty();
	}

	@Test
	void theTrailCannotBeRewrittenOrErased() {
		transactions.executeWithoutResult(tx -> events.publishEvent(new ThingRenamed("protected")));
		await().until(() -> !trail.history("thing", "protected", 1).isEmpty());

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
	}
}
