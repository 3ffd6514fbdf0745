package se.nattvandring.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.ExtensionDecision;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.AuditableEvent;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.TextChecks;

/**
 * What people write into the evaluation of a period: each association's own comments, the coordinator's assessment
 * and recommendation, and the board's extension decision. An association writes only its own comment; the principal's
 * coordinator writes the rest. The audit trail records which fields changed, never the text.
 */
@Service
@Transactional
public class PeriodRecords {

	static final int LONGEST_TEXT = 4000;

	public record CommentDraft(@Nullable String worked, @Nullable String didNotWork, @Nullable String needs) {
	}

	public record PeriodComment(long associationId, String associationName, LocalDate from, LocalDate to, String worked,
			String didNotWork, String needs) {
	}

	public enum Recommendation {
		EXTEND, EXTEND_WITH_CHANGES, END
	}

	public record AssessmentDraft(@Nullable String assessment, @Nullable Recommendation recommendation) {
	}

	public record Assessment(LocalDate from, LocalDate to, String assessment, Recommendation recommendation,
			String writtenBy) {
	}

	public enum Outcome {
		EXTENDED, NOT_EXTENDED
	}

	public record BoardDecisionDraft(@Nullable Outcome outcome, @Nullable LocalDate extendedTo,
			@Nullable LocalDate decidedOn, @Nullable String decidedBy, @Nullable String reference) {
	}

	public record BoardDecision(long id, Outcome outcome, @Nullable LocalDate extendedTo, LocalDate decidedOn,
			String decidedBy, String reference, LocalDate evaluatedFrom, LocalDate evaluatedTo) {
	}

	record Written(String entityType, String entityId, String action, List<String> fields) implements AuditableEvent {
		public Map<String, ?> changes() {
			return Map.of("fields", fields);
		}
	}

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeriodRecords(JdbcClient jdbc, Agreements agreements, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayComment(AgreementDocument agreement, CurrentUser user) {
		return user.has(Role.ASSOCIATION_CONTACT) && agreement.hasParty(user.organisationId(), PartyRole.ASSOCIATION);
	}

	public boolean mayAssess(AgreementDocument agreement, CurrentUser user) {
		return agreements.mayChange(agreement, user);
	}

	/** Writes the association's comment for the period, or replaces what it wrote before for the same period. */
	public void comment(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CommentDraft draft,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!mayComment(agreement, user)) {
			throw new AccessDeniedException("An association's contact writes its own association's comment");
		}
		List<FieldViolation> problems = texts(Map.of("worked", text(draft.worked()), "didNotWork",
				text(draft.didNotWork()), "needs", text(draft.needs())));
		FollowUp.requirePeriod(from, to, problems);
		jdbc.sql("""
				insert into followup_comment (agreement_id, association_id, period_from, period_to, worked, did_not_work,
				                              needs, written_by, written_at)
				values (:agreement, :association, :from, :to, :worked, :didNotWork, :needs, :by, :at)
				on conflict (agreement_id, period_from, period_to, association_id) do update
				set worked = excluded.worked, did_not_work = excluded.did_not_work, needs = excluded.needs,
				    written_by = excluded.written_by, written_at = excluded.written_at""")
			.param("agreement", agreementId).param("association", user.organisationId()).param("from", from)
			.param("to", to).param("worked", draft.worked().strip()).param("didNotWork", draft.didNotWork().strip())
			.param("needs", draft.needs().strip()).param("by", user.username())
			.param("at", Timestamp.from(clock.instant())).update();
		events.publishEvent(new Written("agreement", String.valueOf(agreementId), "followUpCommentWritten",
				List.of("worked", "didNotWork", "needs")));
	}

	/** The coordinator's assessment and recommendation for the period; writing again replaces it. */
	public void assess(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, AssessmentDraft draft,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!mayAssess(agreement, user)) {
			throw new AccessDeniedException("The principal's coordinator writes the assessment");
		}
		List<FieldViolation> problems = texts(Map.of("assessment", text(draft.assessment())));
		if (draft.recommendation() == null) {
			problems.add(new FieldViolation("recommendation", "error.required"));
		}
		FollowUp.requirePeriod(from, to, problems);
		jdbc.sql("""
				insert into followup_assessment (agreement_id, period_from, period_to, assessment, recommendation,
				                                 written_by, written_at)
				values (:agreement, :from, :to, :assessment, :recommendation, :by, :at)
				on conflict (agreement_id, period_from, period_to) do update
				set assessment = excluded.assessment, recommendation = excluded.recommendation,
				    written_by = excluded.written_by, written_at = excluded.written_at""")
			.param("agreement", agreementId).param("from", from).param("to", to)
			.param("assessment", draft.assessment().strip()).param("recommendation", draft.recommendation().name())
			.param("by", user.username()).param("at", Timestamp.from(clock.instant())).update();
		events.publishEvent(new Written("agreement", String.valueOf(agreementId), "followUpAssessed",
				List.of("assessment", "recommendation:" + draft.recommendation())));
	}

	/**
	 * Records the extension decision taken on this period's evaluation. An extension also moves the agreement's end,
	 * under the agreement's own limits; a refusal is kept here alone.
	 */
	public BoardDecision decide(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, BoardDecisionDraft draft,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!mayAssess(agreement, user)) {
			throw new AccessDeniedException("The principal's coordinator records the board's decision");
		}
		List<FieldViolation> problems = texts(Map.of("decidedBy", text(draft.decidedBy())));
		TextChecks.problem("reference", draft.reference(), true, 100).ifPresent(problems::add);
		if (draft.outcome() == null) {
			problems.add(new FieldViolation("outcome", "error.required"));
		}
		if (draft.decidedOn() == null) {
			problems.add(new FieldViolation("decidedOn", "error.required"));
		}
		if (draft.outcome() == Outcome.EXTENDED && draft.extendedTo() == null) {
			problems.add(new FieldViolation("extendedTo", "error.required"));
		}
		FollowUp.requirePeriod(from, to, problems);
		LocalDate extendedTo = draft.outcome() == Outcome.EXTENDED ? draft.extendedTo() : null;
		if (extendedTo != null) {
			agreements.recordExtension(agreementId, new ExtensionDecision(extendedTo, draft.decidedOn(),
					draft.decidedBy().strip(), draft.reference().strip()), user);
		}
		long id = jdbc.sql("""
				insert into followup_extension_decision (agreement_id, outcome, extended_to, decided_on, decided_by,
				    reference, evaluated_from, evaluated_to, recorded_by, recorded_at)
				values (:agreement, :outcome, :extendedTo, :decidedOn, :decidedBy, :reference, :from, :to, :by, :at)
				returning id""")
			.param("agreement", agreementId).param("outcome", draft.outcome().name()).param("extendedTo", extendedTo)
			.param("decidedOn", draft.decidedOn()).param("decidedBy", draft.decidedBy().strip())
			.param("reference", draft.reference().strip()).param("from", from).param("to", to)
			.param("by", user.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
		events.publishEvent(new Written("agreement", String.valueOf(agreementId), "extensionDecided",
				List.of("outcome:" + draft.outcome(), "extendedTo:" + extendedTo)));
		return new BoardDecision(id, draft.outcome(), extendedTo, draft.decidedOn(), draft.decidedBy().strip(),
				draft.reference().strip(), from, to);
	}

	/** The comments of periods that overlap this one; an association's contact reads only its own. */
	@Transactional(readOnly = true)
	public List<PeriodComment> comments(long agreementId, LocalDate from, LocalDate to, @Nullable Long associationId) {
		return jdbc.sql("""
				select c.*, o.name from followup_comment c join organisation o on o.id = c.association_id
				where c.agreement_id = :agreement and c.period_from <= :to and c.period_to >= :from
				  and (cast(:association as bigint) is null or c.association_id = :association)
				order by o.name, c.period_from""")
			.param("agreement", agreementId).param("from", from).param("to", to).param("association", associationId)
			.query((rs, row) -> new PeriodComment(rs.getLong("association_id"), rs.getString("name"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getString("worked"), rs.getString("did_not_work"), rs.getString("needs")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> assessment(long agreementId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from followup_assessment where agreement_id = :agreement and period_from <= :to
				  and period_to >= :from order by written_at desc limit 1""")
			.param("agreement", agreementId).param("from", from).param("to", to)
			.query((rs, row) -> new Assessment(rs.getObject("period_from", LocalDate.class),
					rs.getObject("period_to", LocalDate.class), rs.getString("assessment"),
					Recommendation.valueOf(rs.getString("recommendation")), rs.getString("written_by")))
			.optional();
	}

	/** Every extension decision of the agreement, newest first: there are a handful in an agreement's life. */
	@Transactional(readOnly = true)
	public List<BoardDecision> decisions(long agreementId) {
		return jdbc.sql("""
				select * from followup_extension_decision where agreement_id = :agreement
				order by decided_on desc, id desc""")
			.param("agreement", agreementId)
			.query((rs, row) -> new BoardDecision(rs.getLong("id"), Outcome.valueOf(rs.getString("outcome")),
					rs.getObject("extended_to", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
					rs.getString("decided_by"), rs.getString("reference"),
					rs.getObject("evaluated_from", LocalDate.class), rs.getObject("evaluated_to", LocalDate.class)))
			.list();
	}

	private static List<FieldViolation> texts(Map<String, String> fields) {
		List<FieldViolation> problems = new ArrayList<>();
		fields.forEach((field, value) -> TextChecks.problem(field, value, true, LONGEST_TEXT).ifPresent(problems::add));
		return problems;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
