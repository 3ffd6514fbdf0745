package se.nattvandring.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.payment.PaymentBasis.Line;
import se.nattvandring.payment.PaymentBasis.LineStatus;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.TextChecks;

/**
 * A mistake found after a basis was issued (a spot check that found no walk, a unit paid twice over) is corrected by
 * a new basis: its credit lines refer to the original and take back what those units paid. The original is never
 * edited. The correction is issued and attested as any basis is, by two people.
 */
@Service
public class PaymentCorrections {

	/** The walks whose units are taken back, and why. */
	public record BasisCorrection(@Nullable List<Long> walkIds, @Nullable String reason) {
	}

	static final int REASON_LENGTH = 1000;

	private final PaymentBases bases;

	private final BasisStore store;

	private final Agreements agreements;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentCorrections(PaymentBases bases, BasisStore store, Agreements agreements, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.bases = bases;
		this.store = store;
		this.agreements = agreements;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PaymentBasis correct(long basisId, BasisCorrection correction, CurrentUser user) {
		PaymentBasis original = bases.get(basisId, user);
		if (!bases.mayPrepare(agreements.document(original.agreementId(), user), user)) {
			throw new AccessDeniedException("The district's coordinator corrects a payment basis");
		}
		List<FieldViolation> problems = new ArrayList<>();
		Set<Long> walkIds = new HashSet<>(correction.walkIds() == null ? List.of() : correction.walkIds());
		walkIds.remove(null);
		if (walkIds.isEmpty()) {
			problems.add(new FieldViolation("walkIds", "error.required"));
		}
		String reason = correction.reason() == null || correction.reason().isBlank() ? null : correction.reason().strip();
		TextChecks.problem("reason", reason, true, REASON_LENGTH).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (original.status() == BasisStatus.DRAFT) {
			throw new RuleViolationException("payment.error.notIssued");
		}
		if (original.isCorrection()) {
			throw new RuleViolationException("payment.error.correctTheOriginal");
		}
		List<Line> credits = new ArrayList<>();
		Set<Long> credited = new HashSet<>();
		for (Line line : original.lines()) {
			if (line.paid() && line.walkIds().stream().anyMatch(walkIds::contains)) {
				credits.add(new Line(credits.size() + 1, line.unitKey(), line.date(), line.walkIds(), line.walkers(),
						line.minutes(), LineStatus.CREDIT, line.rate(), line.amount().negate(), original.id(), null));
				credited.addAll(line.walkIds());
			}
		}
		if (!credited.containsAll(walkIds)) {
			throw new RuleViolationException("payment.error.notPaidByThisBasis");
		}
		if (alreadyCredited(original.id(), credited)) {
			throw new RuleViolationException("payment.error.alreadyCredited");
		}
		PaymentBasis draft = new PaymentBasis(0, 0, original.agreementId(), original.associationId(), original.from(),
				original.to(), original.id(), reason, BasisStatus.DRAFT, original.mode(), BasisLines.total(credits),
				user.username(), clock.instant(), null, null, null, null, credits);
		long id = store.insert(draft);
		events.publishEvent(new PaymentEvents.BasisPrepared(id, draft.agreementId(), draft.associationId(),
				draft.total(), credits.size()));
		return bases.get(id, user);
	}

	private boolean alreadyCredited(long originalId, Set<Long> walkIds) {
		return jdbc.sql("""
				select count(*) from payment_basis c join payment_basis_walk w on w.basis_id = c.id
				where c.corrects_id = :original and w.walk_id in (:walks)""").param("original", originalId)
			.param("walks", walkIds).query(Long.class).single() > 0;
	}
}
