package se.nattvandring.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliveries owed to endpoints, kept in a table so that a restart loses none: filled by
 * {@link WebhookEventListener} (through the event publication registry, so an event is never lost between its commit
 * and the queue), and sent by {@link #deliverDue}, which the schedule calls on one instance at a time. A failed
 * attempt is tried again on the Standard Webhooks schedule; when all attempts fail, the delivery gives up and the
 * endpoint is switched off until its keeper switches it on again.
 */
@Component
class WebhookDeliveries {

	/** The wait before each attempt after the first, as the Standard Webhooks specification suggests. */
	static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

	/** How long a claimed delivery is kept from other senders while its attempt runs. */
	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WebhookTargets targets;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	WebhookDeliveries(JdbcClient jdbc, JsonMapper json, WebhookTargets targets, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.targets = targets;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * One delivery to each active endpoint of these organisations that asked for the event. {@code eventKey} names the
	 * event itself, so that an event handled twice owes each endpoint one delivery.
	 */
	void enqueue(WebhookEvent event, String eventKey, Map<String, Object> data, Collection<Long> organisations) {
		if (organisations.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", event.type());
		payload.put("timestamp", now.toString());
		payload.put("data", data);
		String body = json.writeValueAsString(payload);
		// One statement for every endpoint that asked: no round trip per endpoint.
		jdbc.sql("""
				insert into webhook_delivery (id, endpoint_id, event_type, event_key, payload, status, next_attempt_at,
				created_at)
				select gen_random_uuid(), id, :type, :key, :payload, 'PENDING', :at, :at from webhook_endpoint
				where organisation_id in (:organisations) and active and removed_at is null and :type = any(events)
				on conflict (endpoint_id, event_key) do nothing""")
			.param("organisations", organisations).param("type", event.type()).param("key", eventKey)
			.param("payload", body).param("at", Timestamp.from(now)).update();
	}

	private record Due(UUID id, long endpointId, String url, String secret, String payload, int attempts) {
	}

	/** Sends every delivery due by {@code now}; returns how many attempts were made. */
	int deliverDue(Instant now) {
		return deliverDue(now, null);
	}

	/** The same for one endpoint only, so that a test sends its own deliveries and no other test's. */
	int deliverDue(Instant now, @Nullable Long onlyEndpoint) {
		List<Due> due = transactions.execute(status -> jdbc.sql("""
				update webhook_delivery d set next_attempt_at = :lease
				from webhook_endpoint e
				where d.endpoint_id = e.id and d.id in (
				    select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now
				    and (cast(:endpoint as bigint) is null or endpoint_id = :endpoint)
				    order by next_attempt_at limit 50 for update skip locked)
				  and e.active
				returning d.id, d.endpoint_id, e.url, e.secret, d.payload, d.attempts""")
			.param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(LEASE)))
			.param("endpoint", onlyEndpoint)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getLong("endpoint_id"), rs.getString("url"),
					rs.getString("secret"), rs.getString("payload"), rs.getInt("attempts")))
			.list());
		for (Due delivery : due) {
			attempt(delivery, now);
		}
		return due.size();
	}

	private void attempt(Due delivery, Instant now) {
		int attempt = delivery.attempts() + 1;
		long started = System.nanoTime();
		Integer status = null;
		String outcome;
		if (targets.refusal(delivery.url()).isPresent()) {
			outcome = "UNREACHABLE";
		}
		else {
			try {
				long timestamp = clock.instant().getEpochSecond();
				String id = "msg_" + delivery.id();
				HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(delivery.url()))
					.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
					.header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
					.header("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp,
							delivery.payload()))
					.POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build(),
						HttpResponse.BodyHandlers.discarding());
				status = answer.statusCode();
				outcome = status >= 200 && status < 300 ? "DELIVERED" : "REFUSED";
			}
			catch (java.io.IOException | IllegalArgumentException unreachable) {
				outcome = "UNREACHABLE";
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				outcome = "UNREACHABLE";
			}
		}
		record(delivery, attempt, now, status, outcome, (int) Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private void record(Due delivery, int attempt, Instant now, Integer status, String outcome, int millis) {
		boolean delivered = outcome.equals("DELIVERED");
		boolean givesUp = !delivered && attempt > BACKOFF.size();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					insert into webhook_attempt (delivery_id, attempt, at, status_code, outcome, duration_ms)
					values (:id, :attempt, :at, :status, :outcome, :ms)""")
				.param("id", delivery.id()).param("attempt", attempt).param("at", Timestamp.from(now))
				.param("status", status).param("outcome", outcome).param("ms", millis).update();
			jdbc.sql("""
					update webhook_delivery set attempts = :attempt, status = :status,
					next_attempt_at = :next, delivered_at = :delivered where id = :id""")
				.param("id", delivery.id()).param("attempt", attempt)
				.param("status", delivered ? "DELIVERED" : givesUp ? "GAVE_UP" : "PENDING")
				.param("next", delivered || givesUp ? null : Timestamp.from(now.plus(BACKOFF.get(attempt - 1))))
				.param("delivered", delivered ? Timestamp.from(now) : null).update();
			if (delivered) {
				jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where id = :id")
					.param("id", delivery.endpointId()).update();
			}
			else {
				jdbc.sql("""
						update webhook_endpoint set consecutive_failures = consecutive_failures + 1,
						active = active and not :givesUp, disabled_at = case when :givesUp then :at else disabled_at end
						where id = :id""")
					.param("id", delivery.endpointId()).param("givesUp", givesUp).param("at", Timestamp.from(now))
					.update();
			}
		});
		if (givesUp) {
			log.warn("Webhook endpoint {} switched off: delivery {} failed {} times", delivery.endpointId(),
					delivery.id(), attempt);
		}
	}
}
