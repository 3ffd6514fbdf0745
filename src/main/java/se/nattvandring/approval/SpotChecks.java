package se.nattvandring.approval;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.PeriodChecks;
import se.nattvandring.shared.RuleViolationException;

/**
 * Spot checks: the coordinator draws a random sample of a period's approved walks for a closer look, and records the
 * outcome of each check. The sample follows from its seed, so it can be drawn again and shown to be random.
 */
@Service
@Transactional(readOnly = true)
public class SpotChecks {

	/** What the coordinator asks for; without a seed, one is chosen and kept. */
	public record Draw(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer size, @Nullable Long seed) {
	}

	public enum Outcome {
		CONFIRMED, DEVIATION
	}

	/** A drawn sample and how far its checks have come. */
	public record SpotCheck(long id, long agreementId, LocalDate from, LocalDate to, long seed, String drawnBy,
			Instant drawnAt, List<Checked> walks) {
	}

	public record Checked(long walkId, @Nullable Outcome outcome) {
	}

	public static final int LARGEST_SAMPLE = 50;

	private final Agreements agreements;

	private final JdbcClient jdbc;

	private final Clock clock;

	SpotChecks(Agreements agreements, JdbcClient jdbc, Clock clock) {
		this.agreements = agreements;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The walks approved in the period, in id order, shuffled by the seed; the first {@code size} are the sample. */
	static List<Long> sample(List<Long> approved, int size, long seed) {
		List<Long> shuffled = new ArrayList<>(approved.stream().sorted().toList());
		Collections.shuffle(shuffled, new Random(seed));
		return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
	}

	@Transactional
	public SpotCheck draw(long agreementId, Draw draw, CurrentUser user) {
		requireCoordinator(agreementId, user);
		List<FieldViolation> problems = new ArrayList<>(PeriodChecks.problems(draw.from(), draw.to()));
		if (draw.size() == null || draw.size() < 1 || draw.size() > LARGEST_SAMPLE) {
			problems.add(new FieldViolation("size", "spotCheck.error.size", 1, LARGEST_SAMPLE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Long> approved = jdbc.sql("""
				select q.walk_id from decision_queue q
				where q.agreement_id = :agreement and q.walk_date between :from and :to
				  and (select d.decision from walk_decision d where d.walk_id = q.walk_id
				       order by d.decided_at desc, d.id desc limit 1) = 'APPROVE'
				""").param("agreement", agreementId).param("from", draw.from()).param("to", draw.to())
			.query(Long.class).list();
		if (approved.isEmpty()) {
			throw new RuleViolationException("spotCheck.error.nothingApproved");
		}
		long seed = draw.seed() != null ? draw.seed() : new java.security.SecureRandom().nextLong();
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into spot_check (agreement_id, period_from, period_to, seed, drawn_by, drawn_at)
				values (:agreement, :from, :to, :seed, :by, :at) returning id""").param("agreement", agreementId)
			.param("from", draw.from()).param("to", draw.to()).param("seed", seed).param("by", user.username())
			.param("at", Timestamp.from(now)).query(Long.class).single();
		for (long walkId : sample(approved, draw.size(), seed)) {
			jdbc.sql("insert into spot_check_walk (spot_check_id, walk_id) values (:id, :walk)").param("id", id)
				.param("walk", walkId).update();
		}
		return get(id, user);
	}

	@Transactional
	public SpotCheck record(long spotCheckId, long walkId, @Nullable Outcome outcome, CurrentUser user) {
		SpotCheck check = get(spotCheckId, user);
		requireCoordinator(check.agreementId(), user);
		if (outcome == null) {
			throw new InvalidInputException("outcome", "error.required");
		}
		int updated = jdbc.sql("""
				update spot_check_walk set outcome = :outcome, checked_by = :by, checked_at = :at
				where spot_check_id = :id and walk_id = :walk""").param("outcome", outcome.name())
			.param("by", user.username()).param("at", Timestamp.from(clock.instant())).param("id", spotCheckId)
			.param("walk", walkId).update();
		if (updated == 0) {
			throw new RuleViolationException("spotCheck.error.notInSample");
		}
		return get(spotCheckId, user);
	}

	public SpotCheck get(long spotCheckId, CurrentUser user) {
		SpotCheck check = jdbc.sql("""
				select id, agreement_id, period_from, period_to, seed, drawn_by, drawn_at from spot_check
				where id = :id""").param("id", spotCheckId)
			.query((rs, row) -> new SpotCheck(rs.getLong("id"), rs.getLong("agreement_id"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getLong("seed"), rs.getString("drawn_by"), rs.getTimestamp("drawn_at").toInstant(), List.of()))
			.optional().orElseThrow(() -> new NotFoundException("spot-check", spotCheckId));
		requireDistrict(check.agreementId(), user);
		List<Checked> walks = jdbc.sql("""
				select walk_id, outcome from spot_check_walk where spot_check_id = :id order by walk_id""")
			.param("id", spotCheckId)
			.query((rs, row) -> new Checked(rs.getLong("walk_id"),
					rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"))))
			.list();
		return new SpotCheck(check.id(), check.agreementId(), check.from(), check.to(), check.seed(),
				check.drawnBy(), check.drawnAt(), walks);
	}

	private void requireCoordinator(long agreementId, CurrentUser user) {
		if (!user.has(Role.DISTRICT_COORDINATOR)) {
			throw new AccessDeniedException("The district's coordinator draws spot checks");
		}
		requireDistrict(agreementId, user);
	}

	/** Spot checks are the paying district's own follow-up; other parties do not see them. */
	private void requireDistrict(long agreementId, CurrentUser user) {
		if (!agreements.document(agreementId, user).isPrincipal(user.organisationId())) {
			throw new AccessDeniedException("Spot checks are the paying district's");
		}
	}
}
