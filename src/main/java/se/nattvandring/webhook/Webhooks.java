package se.nattvandring.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;

/**
 * An organisation's webhook endpoints, kept by its administrator or coordinator (an association's or the
 * foundation's contact): registered with the events wanted, switched on again after they were switched off for
 * failing, removed, and read with their delivery log. The signing secret is shown once, when the endpoint is made.
 */
@Service
public class Webhooks {

	static final int PAGE_SIZE = 50;

	private static final Set<Role> KEEPERS = Set.of(Role.ADMIN, Role.DISTRICT_COORDINATOR, Role.ASSOCIATION_CONTACT,
			Role.FOUNDATION);

	public record Registration(@Nullable String url, @Nullable List<String> events) {
	}

	public record Endpoint(long id, String url, List<String> events, boolean active, @Nullable Instant disabledAt,
			int consecutiveFailures, Instant createdAt) {
	}

	/** A new endpoint, with the secret its receiver checks signatures with; it is not shown again. */
	public record Registered(Endpoint endpoint, String secret) {
	}

	public record Attempt(int attempt, Instant at, @Nullable Integer statusCode, String outcome, int durationMs) {
	}

	public record Delivery(String id, String type, String status, int attempts, @Nullable Instant nextAttemptAt,
			Instant createdAt, @Nullable Instant deliveredAt, List<Attempt> log) {
	}

	private static final String ENDPOINT = "select id, url, events, active, disabled_at, consecutive_failures, "
			+ "created_at from webhook_endpoint where removed_at is null and organisation_id = :organisation";

	private final JdbcClient jdbc;

	private final WebhookTargets targets;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, WebhookTargets targets, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.clock = clock;
	}

	@Transactional
	public Registered register(Registration registration, CurrentUser user) {
		requireKeeper(user);
		List<FieldViolation> problems = new ArrayList<>();
		String url = registration.url() == null ? "" : registration.url().strip();
		if (url.isEmpty() || url.length() > 500) {
			problems.add(new FieldViolation("url", "webhook.error.url"));
		}
		else {
			targets.refusal(url).ifPresent(key -> problems.add(new FieldViolation("url", key)));
		}
		List<String> events = registration.events() == null ? List.of() : registration.events().stream().distinct()
			.toList();
		if (events.isEmpty() || events.stream().anyMatch(type -> WebhookEvent.ofType(type).isEmpty())) {
			problems.add(new FieldViolation("events", "webhook.error.events", String.join(", ", WebhookEvent.types())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String secret = WebhookSignature.newSecret();
		long id = jdbc.sql("""
				insert into webhook_endpoint (organisation_id, url, secret, events, created_by, created_at)
				values (:organisation, :url, :secret, :events, :by, :at) returning id""")
			.param("organisation", user.organisationId()).param("url", url).param("secret", secret)
			.param("events", events.toArray(String[]::new)).param("by", user.username())
			.param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
		return new Registered(endpoint(id, user), secret);
	}

	public Page<Endpoint> list(int page, CurrentUser user) {
		requireKeeper(user);
		List<Endpoint> all = jdbc.sql(ENDPOINT + " order by id")
			.param("organisation", user.organisationId()).query(Webhooks::endpoint).list();
		return Page.of(all, page, PAGE_SIZE);
	}

	public Endpoint endpoint(long id, CurrentUser user) {
		requireKeeper(user);
		return jdbc.sql(ENDPOINT + " and id = :id")
			.param("id", id).param("organisation", user.organisationId()).query(Webhooks::endpoint).optional()
			.orElseThrow(() -> new NotFoundException("webhook", id));
	}

	/** Switched on again after failing; deliveries that gave up stay in the log and are not sent again. */
	@Transactional
	public Endpoint enable(long id, CurrentUser user) {
		endpoint(id, user);
		jdbc.sql("update webhook_endpoint set active = true, disabled_at = null, consecutive_failures = 0 where id = :id")
			.param("id", id).update();
		return endpoint(id, user);
	}

	@Transactional
	public void remove(long id, CurrentUser user) {
		endpoint(id, user);
		jdbc.sql("update webhook_endpoint set active = false, removed_at = :at where id = :id").param("id", id)
			.param("at", java.sql.Timestamp.from(clock.instant())).update();
		jdbc.sql("update webhook_delivery set status = 'GAVE_UP', next_attempt_at = null "
				+ "where endpoint_id = :id and status = 'PENDING'").param("id", id).update();
	}

	/** The newest deliveries first, each with every attempt: its time, the receiver's status and how long it took. */
	public Page<Delivery> deliveries(long id, int page, CurrentUser user) {
		endpoint(id, user);
		int number = Math.max(0, page);
		long total = jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :id").param("id", id)
			.query(Long.class).single();
		record Row(String id, String type, String status, int attempts, @Nullable Instant next, Instant created,
				@Nullable Instant delivered) {
		}
		List<Row> rows = jdbc.sql("""
				select id, event_type, status, attempts, next_attempt_at, created_at, delivered_at
				from webhook_delivery where endpoint_id = :id order by created_at desc, id limit :size offset :offset""")
			.param("id", id).param("size", PAGE_SIZE).param("offset", number * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getString("id"), rs.getString("event_type"), rs.getString("status"),
					rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("delivered_at"))))
			.list();
		java.util.Map<String, List<Attempt>> logs = new java.util.HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					select delivery_id, attempt, at, status_code, outcome, duration_ms from webhook_attempt
					where delivery_id in (:ids) order by delivery_id, attempt""")
				.param("ids", rows.stream().map(row -> java.util.UUID.fromString(row.id())).toList())
				.query(rs -> {
					logs.computeIfAbsent(rs.getString("delivery_id"), key -> new ArrayList<>())
						.add(new Attempt(rs.getInt("attempt"), rs.getTimestamp("at").toInstant(),
								(Integer) rs.getObject("status_code"), rs.getString("outcome"), rs.getInt("duration_ms")));
				});
		}
		List<Delivery> deliveries = rows.stream().map(row -> new Delivery(row.id(), row.type(), row.status(),
				row.attempts(), row.next(), row.created(), row.delivered(), logs.getOrDefault(row.id(), List.of())))
			.toList();
		return new Page<>(deliveries, number, PAGE_SIZE, total);
	}

	private static void requireKeeper(CurrentUser user) {
		if (KEEPERS.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("An organisation's administrator or coordinator keeps its webhooks");
		}
	}

	private static Endpoint endpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Endpoint(rs.getLong("id"), rs.getString("url"), List.of((String[]) rs.getArray("events").getArray()),
				rs.getBoolean("active"), instant(rs.getTimestamp("disabled_at")), rs.getInt("consecutive_failures"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
