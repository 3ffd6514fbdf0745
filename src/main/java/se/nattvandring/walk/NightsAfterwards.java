package se.nattvandring.walk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.TextChecks;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;
import se.nattvandring.walk.NightEntries.ContactEntry;
import se.nattvandring.walk.NightEntries.ObservationEntry;
import se.nattvandring.walk.NightEntries.ReportEntry;
import se.nattvandring.walk.NightEntries.Submit;
import se.nattvandring.walk.NightEntries.VisitEntry;
import se.nattvandring.walk.NightLog.Attendance;

/**
 * What the association's contact does after the night. A night kept on paper (a phone died, the logbook is real) is
 * registered in one call, marked as registered afterwards, and then goes through the same steps, rules and criteria as
 * a night on a phone. A returned walk's attendance and times are corrected with a reason. Either way the criteria
 * are evaluated again on the facts as they now stand.
 */
@Service
public class NightsAfterwards {

	/** The night as the logbook has it. The debrief's summary is required; visits, observations and youth contacts are not. */
	public record PaperNight(@Nullable List<Long> present, @Nullable Instant checkedInAt, @Nullable Instant checkedOutAt,
			@Nullable List<VisitEntry> visits, @Nullable List<ObservationEntry> observations,
			@Nullable ContactEntry youthContacts, @Nullable ReportEntry report) {
	}

	/** A returned walk's night as it should have been recorded, and why. */
	public record NightCorrection(@Nullable List<Long> present, @Nullable Instant checkedInAt,
			@Nullable Instant checkedOutAt, @Nullable String reason) {
	}

	static final int REASON_LENGTH = 1000;

	private final WalkNights nights;

	private final WalkRepository repository;

	private final TeamEntry teamEntry;

	private final Agreements agreements;

	private final WalkDecisions decisions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WalkFactsOfAWalk facts;

	NightsAfterwards(WalkNights nights, WalkRepository repository, TeamEntry teamEntry, Agreements agreements,
			WalkDecisions decisions, JdbcClient jdbc, Clock clock, WalkFactsOfAWalk facts) {
		this.facts = facts;
		this.nights = nights;
		this.repository = repository;
		this.teamEntry = teamEntry;
		this.agreements = agreements;
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public CriteriaEvaluation registerFromPaper(long walkId, PaperNight night, CurrentUser user) {
		Walk walk = contactsWalk(walkId, user);
		List<FieldViolation> problems = timeProblems(night.present(), night.checkedInAt(), night.checkedOutAt());
		if (night.report() == null || night.report().summary() == null || night.report().summary().isBlank()) {
			// The report is submitted in the same call, and a report is not submitted without its summary.
			problems.add(new FieldViolation("report.summary", "error.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		walk.registerAfterwards(clock.instant(), user.username());
		repository.save(walk);
		nights.checkIn(walkId, new CheckIn(night.present(), night.checkedInAt()), user);
		for (VisitEntry visit : orEmpty(night.visits())) {
			nights.visit(walkId, visit, user);
		}
		for (ObservationEntry observation : orEmpty(night.observations())) {
			nights.observe(walkId, observation, user);
		}
		if (night.youthContacts() != null) {
			nights.youthContacts(walkId, night.youthContacts(), user);
		}
		nights.checkOut(walkId, new CheckOut(night.checkedOutAt()), user);
		if (night.report() != null) {
			nights.saveReport(walkId, night.report(), user);
		}
		// Submitted now: the report deadline counts from the walk's end, as it does for a night on a phone.
		nights.submitReport(walkId, new Submit(null), user);
		return decisions.criteria(walkId, user);
	}

	@Transactional
	public CriteriaEvaluation correct(long walkId, NightCorrection correction, CurrentUser user) {
		Walk walk = contactsWalk(walkId, user);
		List<FieldViolation> problems = timeProblems(correction.present(), correction.checkedInAt(),
				correction.checkedOutAt());
		String reason = correction.reason() == null || correction.reason().isBlank() ? null : correction.reason().strip();
		TextChecks.problem("reason", reason, true, REASON_LENGTH).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Set<Long> planned = new HashSet<>(walk.teamIds());
		Set<Long> before = walk.presentIds();
		Set<Long> joining = new HashSet<>(correction.present());
		joining.removeAll(planned);
		joining.removeAll(before);
		if (!joining.isEmpty()) {
			teamEntry.requireMayJoin(walk, joining, agreements.document(walk.agreementId(), user).criteriaOn(walk.walkDate()));
		}
		Set<Attendance> present = new HashSet<>();
		correction.present().forEach(id -> present.add(new Attendance(id, !planned.contains(id))));
		Instant now = clock.instant();
		List<String> changed = walk.correct(present, correction.checkedInAt(), correction.checkedOutAt(), now,
				user.username());
		walk.keepFactsOnTheDate(facts.onTheDate(walk.presentIds(), walk.walkDate(),
				agreements.document(walk.agreementId(), user).criteriaOn(walk.walkDate())));
		repository.save(walk);
		jdbc.sql("""
				insert into walk_correction (walk_id, fields, reason, corrected_by, corrected_at)
				values (:walk, :fields, :reason, :by, :at)""").param("walk", walkId)
			.param("fields", changed.toArray(String[]::new)).param("reason", reason)
			.param("by", user.username()).param("at", Timestamp.from(now)).update();
		return decisions.criteria(walkId, user);
	}

	private Walk contactsWalk(long walkId, CurrentUser user) {
		Walk walk = nights.load(walkId, user);
		if (!TeamLeadership.isContact(walk.associationId(), user)) {
			throw new AccessDeniedException("The association's contact registers and corrects its nights");
		}
		return walk;
	}

	private List<FieldViolation> timeProblems(@Nullable List<Long> present, @Nullable Instant in,
			@Nullable Instant out) {
		List<FieldViolation> problems = new ArrayList<>();
		if (present == null || present.isEmpty() || present.contains(null)) {
			problems.add(new FieldViolation("present", "night.error.nobodyPresent"));
		}
		if (in == null) {
			problems.add(new FieldViolation("checkedInAt", "error.required"));
		}
		if (out == null) {
			problems.add(new FieldViolation("checkedOutAt", "error.required"));
		}
		else if (out.isAfter(clock.instant().plus(WalkNights.CLOCK_SKEW))) {
			problems.add(new FieldViolation("checkedOutAt", "night.error.future"));
		}
		else if (in != null && out.isBefore(in)) {
			problems.add(new FieldViolation("checkedOutAt", "night.error.outBeforeIn"));
		}
		return problems;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}
}
