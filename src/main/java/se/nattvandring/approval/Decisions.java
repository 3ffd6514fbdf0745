package se.nattvandring.approval;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.Page;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.TextChecks;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkDecisions.Step;
import se.nattvandring.walk.WalkStatus;

/**
 * The district's decisions on reported walks. The coordinator approves a walk (it becomes payable), returns it with a
 * reason (the team corrects it and submits again) or rejects it with a reason (it is not payable). Approving a walk
 * that fails a criterion takes an explicit override with a reason. The walk module takes the step, guarded by the
 * walk's version: of two decisions at once, exactly one is kept.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

	static final int PAGE_SIZE = 50;

	static final int REASON_LENGTH = 1000;

	/** A decision as asked for; without {@code override}, none is asked for. */
	public record Decision(@Nullable Step decision, @Nullable String reason, @Nullable Boolean override) {

		boolean overrides() {
			return Boolean.TRUE.equals(override);
		}
	}

	/** A decision as kept. */
	public record Decided(long walkId, Step decision, @Nullable String reason, boolean override,
			boolean criteriaMet, WalkStatus status, String decidedBy, Instant decidedAt) {
	}

	/** A reported walk that waits for the district. */
	public record Pending(long walkId, long agreementId, long associationId, String associationName, LocalDate date,
			Instant reportedAt, boolean criteriaMet) {
	}

	/** Every filter optional; the period is the walk's date. */
	public record Query(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate from,
			@Nullable LocalDate to, int page) {
	}

	private final WalkDecisions walks;

	private final JdbcClient jdbc;

	private final Clock clock;

	Decisions(WalkDecisions walks, JdbcClient jdbc, Clock clock) {
		this.walks = walks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Decided decide(long walkId, Decision asked, CurrentUser user) {
		return decide(walkId, asked, walks.criteriaForDecision(walkId, user), user);
	}

	private Decided decide(long walkId, Decision asked, CriteriaEvaluation criteria, CurrentUser user) {
		if (asked.decision() == null) {
			throw new InvalidInputException("decision", "error.required");
		}
		Step step = asked.decision();
		boolean override = step == Step.APPROVE && asked.overrides() && !criteria.allMet();
		boolean needsReason = step != Step.APPROVE || override;
		String reason = asked.reason() == null || asked.reason().isBlank() ? null : asked.reason().strip();
		TextChecks.problem("reason", reason, needsReason, REASON_LENGTH).ifPresent(problem -> {
			throw new InvalidInputException(List.of(problem));
		});
		if (step == Step.APPROVE && !criteria.allMet() && !asked.overrides()) {
			// Named in the API's problem detail, each in its own unit, so a caller sees what to check or override.
			throw new RuleViolationException("decision.error.criteriaNotMet").with("failedCriteria",
					criteria.results().stream().filter(result -> result.outcome() != CriteriaEvaluation.Outcome.MET)
						.toList());
		}
		WalkStatus status = walks.take(walkId, step, override, user);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into walk_decision (walk_id, decision, reason, override, criteria_met, decided_by, decided_at)
				values (:walk, :decision, :reason, :override, :met, :by, :at)""").param("walk", walkId)
			.param("decision", step.name()).param("reason", reason).param("override", override)
			.param("met", criteria.allMet()).param("by", user.username()).param("at", Timestamp.from(now)).update();
		jdbc.sql("update decision_queue set decided_at = :at where walk_id = :walk").param("at", Timestamp.from(now))
			.param("walk", walkId).update();
		return new Decided(walkId, step, reason, override, criteria.allMet(), status, user.username(), now);
	}

	/** Every decision on the walk, oldest first, with its reason: for the district and the walk's association. */
	public List<Decided> history(long walkId, CurrentUser user) {
		walks.requireMayReadDecisions(walkId, user);
		return jdbc.sql("""
				select decision, reason, override, criteria_met, decided_by, decided_at from walk_decision
				where walk_id = :walk order by decided_at, id""").param("walk", walkId)
			.query((rs, row) -> {
				Step step = Step.valueOf(rs.getString("decision"));
				return new Decided(walkId, step, rs.getString("reason"), rs.getBoolean("override"),
						rs.getBoolean("criteria_met"), step.outcome(), rs.getString("decided_by"),
						rs.getTimestamp("decided_at").toInstant());
			})
			.list();
	}

	/**
	 * Approves, of the walks chosen in the queue, those that meet every criterion; any other is left waiting.
	 * @return how many were approved
	 */
	@Transactional
	public int approveAllThatMeetEveryCriterion(List<Long> walkIds, CurrentUser user) {
		requireCoordinator(user);
		int approved = 0;
		for (long walkId : walkIds.stream().distinct().toList()) {
			CriteriaEvaluation criteria = walks.criteriaForDecision(walkId, user);
			if (criteria.allMet()) {
				decide(walkId, new Decision(Step.APPROVE, null, false), criteria, user);
				approved++;
			}
		}
		return approved;
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.has(Role.DISTRICT_COORDINATOR)) {
			throw new AccessDeniedException("The queue is the district coordinator's");
		}
	}

	/** The reports that wait for the user's district, oldest walk first. */
	public Page<Pending> pending(Query query, CurrentUser user) {
		requireCoordinator(user);
		String where = """
				from decision_queue where decided_at is null and principal_id = :principal
				and (cast(:agreement as bigint) is null or agreement_id = :agreement)
				and (cast(:association as bigint) is null or association_id = :association)
				and (cast(:from as date) is null or walk_date >= :from)
				and (cast(:to as date) is null or walk_date <= :to)
				""";
		int number = Math.max(0, query.page());
		long[] total = { 0 };
		// The total rides along on each row, so a page costs one statement; only a page past the end asks again.
		List<Pending> items = bind(jdbc.sql("""
				select walk_id, agreement_id, association_id, walk_date, reported_at, criteria_met,
				       (select o.name from organisation o where o.id = association_id) as association_name,
				       count(*) over () as total
				""" + where + " order by walk_date, walk_id limit :limit offset :offset"), query, user)
			.param("limit", PAGE_SIZE).param("offset", (long) number * PAGE_SIZE)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new Pending(rs.getLong("walk_id"), rs.getLong("agreement_id"), rs.getLong("association_id"),
						rs.getString("association_name"), rs.getObject("walk_date", LocalDate.class),
						rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("criteria_met"));
			})
			.list();
		if (items.isEmpty() && number > 0) {
			total[0] = bind(jdbc.sql("select count(*) " + where), query, user).query(Long.class).single();
		}
		return new Page<>(items, number, PAGE_SIZE, total[0]);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Query query, CurrentUser user) {
		return sql.param("principal", user.organisationId()).param("agreement", query.agreementId())
			.param("association", query.associationId()).param("from", query.from()).param("to", query.to());
	}
}
