package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

import se.nattvandring.support.IntegrationTest;

/** The registry forgets handled publications after a while, and keeps every one not yet handled. */
@IntegrationTest
class HandledEventPublicationsTests {

	@Autowired
	IdempotentWrites idempotentWrites;

	@Autowired
	JobLock lock;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicationHandledLongAgoIsDeletedAndOneNotYetHandledIsKept() {
		UUID old = publication("interval '40 days'", "interval '40 days'");
		UUID recent = publication("interval '40 days'", "interval '1 day'");
		UUID pending = publication("interval '40 days'", null);

		new SharedSchedule(idempotentWrites, new ScheduledJobs(lock, new SimpleMeterRegistry()), Duration.ofDays(30),
				completed, Duration.ofDays(30), incomplete, Duration.ofMinutes(1), Duration.ofMinutes(2))
			.forgetHandledEventPublications();

		assertThat(exists(old)).as("handled 40 days ago").isFalse();
		assertThat(exists(recent)).as("handled yesterday").isTrue();
		assertThat(exists(pending)).as("not yet handled").isTrue();
	}

	private UUID publication(String publishedAgo, String completedAgo) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status)
				values (:id, 'test.Listener', 'test.Event', :event, now() - %s, %s, %s)
				""".formatted(publishedAgo, completedAgo == null ? "null" : "now() - " + completedAgo,
				completedAgo == null ? "'PUBLISHED'" : "'COMPLETED'"))
			.param("id", id).param("event", "{\"test\":\"" + id + "\"}").update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
			.single() == 1;
	}
}
