package se.nattvandring.walk;

import se.nattvandring.walk.query.WalkQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;
import se.nattvandring.walk.WalkPlanning.TeamSize;

/**
 * Planning walks and reading them. The district's coordinator plans for any association of their agreement; an
 * association's contact plans their own association's walks. Everyone party to the agreement reads them; a walker
 * reads their own association's.
 */
@Service
@Transactional(readOnly = true)
public class Walks {

	/** A list request: every filter optional. */
	public record Query(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate from,
			@Nullable LocalDate to, int page) {
	}

	private final WalkRepository repository;

	private final WalkQueries queries;

	private final WalkPlanning planning;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Walks(WalkRepository repository, WalkQueries queries, WalkPlanning planning, Agreements agreements,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.repository = repository;
		this.queries = queries;
		this.planning = planning;
		this.agreements = agreements;
		this.clock = clock;
	}

	public Page<WalkView> page(Query query, CurrentUser user) {
		Page<WalkView> page = queries.page(new WalkQueries.Filter(query.agreementId(), query.associationId(),
				query.from(), query.to()), viewer(user), query.page(), WalkQueries.PAGE_SIZE);
		return new Page<>(page.items().stream().map(w -> forReader(w, user)).toList(), page.number(), page.size(),
				page.total());
	}

	/** The user's visible walks in these states in the date range, oldest first, at most {@code limit}. */
	public List<WalkView> inStatus(Query query, java.util.Set<WalkStatus> statuses, int limit, CurrentUser user) {
		return queries.inStatus(new WalkQueries.Filter(query.agreementId(), query.associationId(), query.from(),
				query.to()), statuses, viewer(user), limit).stream().map(w -> forReader(w, user)).toList();
	}

	/** A calendar's walks: up to {@link WalkQueries#CALENDAR_LIMIT} in the range. */
	public List<WalkView> between(@Nullable Long agreementId, @Nullable Long associationId, LocalDate from,
			LocalDate to, CurrentUser user) {
		return queries.page(new WalkQueries.Filter(agreementId, associationId, from, to), viewer(user), 0,
				WalkQueries.CALENDAR_LIMIT).items().stream().map(w -> forReader(w, user)).toList();
	}

	public WalkView get(long walkId, CurrentUser user) {
		return queries.byId(walkId, viewer(user)).map(w -> forReader(w, user))
			.orElseThrow(() -> new NotFoundException("walk", walkId));
	}

	/** Walkers' names are for their own association; the district and other parties see how many, not who. */
	private static WalkView forReader(WalkView walk, CurrentUser user) {
		return WalkReaders.seesNames(user, walk.associationId()) ? walk : walk.withoutNames();
	}

	/** Planned walks starting from {@code from} until before {@code to}, for scheduled jobs that act for no particular user. */
	public List<WalkView> plannedStarting(java.time.Instant from, java.time.Instant to) {
		return queries.plannedStarting(from, to);
	}

	/** For a calendar feed: the walker's walks, or else the association's, between two dates; names left out. */
	public List<WalkView> forFeed(@Nullable Long walkerId, @Nullable Long associationId, LocalDate from,
			LocalDate to) {
		return queries.forFeed(walkerId, associationId, from, to).stream().map(WalkView::withoutNames).toList();
	}

	/** How much of the agreement's quota and budget the planned walks use. */
	public QuotaUsage quotaUsage(long agreementId, CurrentUser user) {
		return QuotaUsage.of(agreements.get(agreementId, user).paymentRule(), queries.counted(agreementId));
	}

	public boolean mayPlan(AgreementDocument agreement, @Nullable Long associationId, CurrentUser user) {
		if (agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR)) {
			return true;
		}
		return user.has(Role.ASSOCIATION_CONTACT) && agreement.hasParty(user.organisationId(), PartyRole.ASSOCIATION)
				&& (associationId == null || associationId == user.organisationId());
	}

	/**
	 * The association's active walkers, for the planner's leader picker: only for its own people. The district
	 * plans a walk without seeing the association's registry, and the association appoints the leader.
	 */
	public List<se.nattvandring.volunteer.WalkerView> leaderCandidates(long associationId, CurrentUser user) {
		return WalkReaders.seesNames(user, associationId) ? planning.candidates(associationId) : List.of();
	}

	/** A leader named by someone outside the association: refused, so that no walker id is learnt by guessing. */
	private static void leaderByTheAssociation(WalkPlan plan, CurrentUser user, List<FieldViolation> problems) {
		if (plan.teamLeaderId() != null && plan.associationId() != null
				&& !WalkReaders.seesNames(user, plan.associationId())) {
			problems.add(new FieldViolation("teamLeaderId", "walk.error.leaderByAssociation"));
		}
	}

	/** Every problem with a single walk, without saving. */
	public List<FieldViolation> check(WalkPlan plan, CurrentUser user) {
		AgreementDocument agreement = plannable(plan.agreementId(), plan.associationId(), user);
		List<FieldViolation> problems = new ArrayList<>(planning.checkCommon(plan, agreement));
		leaderByTheAssociation(plan, user, problems);
		if (plan.date() == null) {
			problems.add(new FieldViolation("date", "error.required"));
		}
		else if (problems.stream().noneMatch(p -> p.field().equals("start") || p.field().equals("end"))) {
			for (FieldViolation problem : planning.checkOn(plan.date(), plan, agreement, "date")) {
				// One message per field: a leader of another association is said once, not again as a refusal.
				if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
					problems.add(problem);
				}
			}
			if (!plan.isFromPaper() && isPast(plan.date(), plan)
					&& problems.stream().noneMatch(p -> p.field().equals("date"))) {
				problems.add(new FieldViolation("date", "walk.error.pastDate"));
			}
		}
		return problems;
	}

	@Transactional
	public WalkView plan(WalkPlan plan, CurrentUser user) {
		List<FieldViolation> problems = check(plan, user);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AgreementDocument agreement = agreements.document(Objects.requireNonNull(plan.agreementId()), user);
		Walk saved = save(plan, agreement, null, user);
		return get(saved.requiredId(), user);
	}

	/** Every problem with a series, each walk checked as a single walk would be, without saving. */
	public List<FieldViolation> check(SeriesPlan series, CurrentUser user) {
		AgreementDocument agreement = plannable(series.agreementId(), series.associationId(), user);
		WalkPlan template = series.template();
		List<FieldViolation> problems = new ArrayList<>(planning.checkCommon(template, agreement));
		leaderByTheAssociation(template, user, problems);
		if (series.firstDate() == null) {
			problems.add(new FieldViolation("firstDate", "error.required"));
		}
		if (series.lastDate() == null) {
			problems.add(new FieldViolation("lastDate", "error.required"));
		}
		if (series.firstDate() != null && series.lastDate() != null) {
			if (series.lastDate().isBefore(series.firstDate())) {
				problems.add(new FieldViolation("lastDate", "series.error.endsBeforeStart"));
			}
			else if (series.firstDate().plusDays(SeriesPlan.MAX_DAYS).isBefore(series.lastDate())) {
				problems.add(new FieldViolation("lastDate", "series.error.tooLong", SeriesPlan.MAX_DAYS));
			}
		}
		if (series.weekdays() == null || series.weekdays().isEmpty()) {
			problems.add(new FieldViolation("weekdays", "series.error.noWeekdays"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		List<LocalDate> dates = series.dates();
		if (dates.isEmpty()) {
			problems.add(new FieldViolation("weekdays", "series.error.noDates"));
		}
		for (LocalDate date : dates) {
			for (FieldViolation problem : planning.checkOn(date, template.on(date), agreement, "firstDate")) {
				// One message per field is enough to act on; the first date named shows where the series goes wrong.
				if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
					problems.add(problem);
				}
			}
		}
		if (!dates.isEmpty() && isPast(dates.get(0), template)
				&& problems.stream().noneMatch(p -> p.field().equals("firstDate"))) {
			problems.add(new FieldViolation("firstDate", "walk.error.pastDate"));
		}
		return problems;
	}

	/** Saves every walk of the series, or none. */
	@Transactional
	public List<Long> planSeries(SeriesPlan series, CurrentUser user) {
		List<FieldViolation> problems = check(series, user);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AgreementDocument agreement = agreements.document(Objects.requireNonNull(series.agreementId()), user);
		UUID seriesId = UUID.randomUUID();
		return series.dates().stream()
			.map(date -> save(series.template().on(date), agreement, seriesId, user).requiredId()).toList();
	}

	@Transactional
	public void cancel(long walkId, CurrentUser user) {
		Walk walk = planned(walkId, user);
		walk.cancel(user.username(), clock.instant());
		repository.save(walk);
	}

	/** The walk's aggregate, for a user who may see the walk; a walk they may not see is not found. */
	Walk visible(long walkId, CurrentUser user) {
		get(walkId, user);
		return repository.findById(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
	}

	/** The walk to change, after checking the user may plan for its association. */
	Walk planned(long walkId, CurrentUser user) {
		Walk walk = visible(walkId, user);
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		if (!mayPlan(agreement, walk.associationId(), user)) {
			throw new AccessDeniedException("Only the district or the walk's association changes the walk");
		}
		return walk;
	}

	private Walk save(WalkPlan plan, AgreementDocument agreement, @Nullable UUID seriesId, CurrentUser user) {
		TeamSize size = planning.teamSize(plan, agreement);
		WalkTimes times = new WalkTimes(Objects.requireNonNull(plan.date()), Objects.requireNonNull(plan.start()),
				Objects.requireNonNull(plan.end()));
		Walk walk = repository.save(Walk.plan(plan, times, size.min(), size.max(), seriesId, user.username(),
				clock.instant()));
		events.publishEvent(walk.scheduledEvent());
		return walk;
	}

	/**
	 * Whether a walk on that date would have started more than a night's margin ago: such a night is registered from
	 * its paper log, marked, and never planned as if it lay ahead. Within the margin, a team that gathers before its
	 * walk was planned still plans it as an ordinary night.
	 */
	private boolean isPast(LocalDate date, WalkPlan plan) {
		return new WalkTimes(date, Objects.requireNonNull(plan.start()), Objects.requireNonNull(plan.end())).startsAt()
			.isBefore(clock.instant().minus(WalkNights.LATE_ARRIVAL));
	}

	private AgreementDocument plannable(@Nullable Long agreementId, @Nullable Long associationId, CurrentUser user) {
		if (agreementId == null) {
			throw new InvalidInputException("agreementId", "error.required");
		}
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!mayPlan(agreement, associationId, user)) {
			throw new AccessDeniedException("Only the district or the association plans its walks");
		}
		return agreement;
	}

	static WalkQueries.Viewer viewer(CurrentUser user) {
		long walkerOrg = user.isWalkerOnly() ? user.organisationId() : -1;
		return new WalkQueries.Viewer(user.organisationId(), walkerOrg);
	}
}
