package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.NightLog.Attendance;
import se.nattvandring.walk.NightLog.Report;
import se.nattvandring.walk.NightLog.Observation;
import se.nattvandring.walk.NightLog.Visit;
import se.nattvandring.walk.NightLog.YouthContact;

/**
 * One night walk of one association under one agreement. Every change of state is a method here that refuses a wrong
 * start state with a reason and registers the event that tells the rest of the product; no caller sets the status.
 */
@Table("walk")
public class Walk extends AbstractAggregateRoot<Walk> {

	@Table("walk_route_place")
	record RouteStop(long placeId) {
	}

	@Table("walk_signup")
	record SignUp(long walkerId, Instant signedUpAt, String signedUpBy) {
	}

	private @Id @Nullable Long id;
	private @Version @Nullable Integer version;
	private long agreementId;
	private long associationId;
	private LocalDate walkDate = LocalDate.MIN;
	private LocalTime startTime = LocalTime.MIDNIGHT;
	private LocalTime endTime = LocalTime.MIDNIGHT;
	private Instant startsAt = Instant.EPOCH;
	private Instant endsAt = Instant.EPOCH;
	private String meetingPoint = "";
	private @Nullable Long teamLeaderId;
	private int minTeam;
	private int maxTeam;
	private WalkStatus status = WalkStatus.PLANNED;
	private @Nullable UUID seriesId;

	/** Planned after the night, from a paper log: marked for good. */
	private boolean fromPaper;
	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;
	private Instant updatedAt = Instant.EPOCH;

	@MappedCollection(idColumn = "walk_id", keyColumn = "position")
	private List<RouteStop> route = new ArrayList<>();

	@MappedCollection(idColumn = "walk_id")
	private Set<SignUp> team = new HashSet<>();

	/** The night, from check-in on: its columns are the walk row's own. */
	@Embedded.Empty
	private NightRecord night = new NightRecord();

	@MappedCollection(idColumn = "walk_id")
	private Set<Attendance> attendance = new HashSet<>();

	// Visits, observations and youth contacts are not collections here: saving the walk would rewrite them all.
	// The walk decides whether an entry may be made; NightEntryLog appends it beside the walk.

	/** For Spring Data, which fills the fields from the row; new walks come from {@link #plan}. */
	@PersistenceCreator
	private Walk() {
	}

	/** @param plan a plan that {@link WalkPlanning} has passed; the team leader, if any, joins the team */
	static Walk plan(WalkPlan plan, WalkTimes times, int minTeam, int maxTeam, @Nullable UUID seriesId,
			String by, Instant now) {
		Walk walk = new Walk();
		walk.agreementId = java.util.Objects.requireNonNull(plan.agreementId());
		walk.associationId = java.util.Objects.requireNonNull(plan.associationId());
		walk.walkDate = times.date();
		walk.startTime = times.start();
		walk.endTime = times.end();
		walk.startsAt = times.startsAt();
		walk.endsAt = times.endsAt();
		walk.meetingPoint = String.valueOf(plan.meetingPoint()).strip();
		walk.teamLeaderId = plan.teamLeaderId();
		walk.minTeam = minTeam;
		walk.maxTeam = maxTeam;
		walk.seriesId = seriesId;
		walk.fromPaper = plan.isFromPaper();
		walk.createdBy = by;
		walk.createdAt = now;
		walk.updatedAt = now;
		walk.route = plan.placeIdList().stream().map(RouteStop::new).toList();
		if (plan.teamLeaderId() != null) {
			walk.team.add(new SignUp(plan.teamLeaderId(), now, by));
		}
		return walk;
	}

	/** That the walk exists, once it has an id. */
	WalkEvents.WalkScheduled scheduledEvent() {
		return new WalkEvents.WalkScheduled(requiredId(), agreementId, associationId, walkDate, startsAt, endsAt,
				seriesId == null ? "" : seriesId.toString(), teamLeaderId);
	}

	/** @throws RuleViolationException unless the walk is planned, has room, and the walker is not on it already */
	void signUp(long walkerId, String by, Instant now) {
		requirePlanned();
		if (isOnTeam(walkerId)) {
			throw new RuleViolationException("signup.error.already");
		}
		if (team.size() >= maxTeam) {
			throw new RuleViolationException("signup.error.full", maxTeam);
		}
		team.add(new SignUp(walkerId, now, by));
		updatedAt = now;
		registerEvent(new WalkEvents.WalkerSignedUp(requiredId(), walkerId, by));
	}

	void withdraw(long walkerId, String by, Instant now) {
		requirePlanned();
		if (!team.removeIf(s -> s.walkerId() == walkerId)) {
			throw new RuleViolationException("signup.error.notOnTeam");
		}
		if (teamLeaderId != null && teamLeaderId == walkerId) {
			teamLeaderId = null;
		}
		updatedAt = now;
		registerEvent(new WalkEvents.WalkerWithdrawn(requiredId(), walkerId, by));
	}

	/** The leader must already be on the team, where the sign-up rules have checked them. */
	void appointLeader(long walkerId, Instant now) {
		requirePlanned();
		if (!isOnTeam(walkerId)) {
			throw new RuleViolationException("walk.error.leaderNotOnTeam");
		}
		teamLeaderId = walkerId;
		updatedAt = now;
		registerEvent(new WalkEvents.TeamLeaderAppointed(requiredId(), walkerId));
	}

	void cancel(String by, Instant now) {
		requirePlanned();
		status = WalkStatus.CANCELLED;
		updatedAt = now;
		registerEvent(new WalkEvents.WalkCancelled(requiredId(), by));
	}

	/**
	 * Starts the walk with the walkers actually there; unplanned ones have passed the eligibility check.
	 * @throws RuleViolationException unless the walk is planned and someone is present
	 */
	void checkIn(Set<Long> present, Set<Long> unplanned, Instant at, Instant received, String by) {
		requireStatus("walk.error.checkInNotPlanned", WalkStatus.PLANNED);
		if (present.isEmpty() && unplanned.isEmpty()) {
			throw new RuleViolationException("walk.error.nobodyPresent");
		}
		attendance = new HashSet<>();
		present.forEach(id -> attendance.add(new Attendance(id, false)));
		unplanned.forEach(id -> attendance.add(new Attendance(id, true)));
		status = WalkStatus.IN_PROGRESS;
		night.checkIn(at, received);
		updatedAt = received;
		registerEvent(new WalkEvents.WalkStarted(requiredId(), at, attendance.size(), unplanned.size(), by));
	}

	/**
	 * A night whose entries reach the server long after they were made: marked registered afterwards, with who and
	 * when, once. An offline phone that sends its night the next morning is well inside the margin.
	 */
	void arrivedLate(Instant now, String by) {
		if (!night.isRegisteredAfterwards()) {
			night.registeredAfterwards(now, by);
			registerEvent(new WalkEvents.NightRegisteredAfterwards(requiredId(), agreementId, associationId, now, by));
		}
	}

	/**
	 * A night kept on paper: once the planned end has passed, the association's contact registers it afterwards. The
	 * check-in, the entries and the report then follow as on a phone, with the logbook's times.
	 */
	void registerAfterwards(Instant now, String by) {
		requirePlanned();
		if (now.isBefore(endsAt)) {
			throw new RuleViolationException("walk.error.notOverYet");
		}
		night.registeredAfterwards(now, by);
		updatedAt = now;
		registerEvent(new WalkEvents.NightRegisteredAfterwards(requiredId(), agreementId, associationId, now, by));
	}

	/**
	 * A returned walk's night corrected by its association: who was there and when the walk began and ended. The
	 * reason is kept beside the walk; the event names the fields that changed.
	 */
	List<String> correct(Set<Attendance> present, Instant in, Instant out, Instant now, String by) {
		requireStatus("walk.error.notReturned", WalkStatus.RETURNED);
		if (present.isEmpty()) {
			throw new RuleViolationException("walk.error.nobodyPresent");
		}
		List<String> fields = new ArrayList<>();
		if (!present.equals(attendance)) {
			fields.add("attendance");
		}
		fields.addAll(night.correct(in, out));
		attendance = new HashSet<>(present);
		updatedAt = now;
		registerEvent(new WalkEvents.NightCorrected(requiredId(), List.copyOf(fields), now, by));
		return List.copyOf(fields);
	}

	Set<Attendance> attendance() {
		return Set.copyOf(attendance);
	}

	/** @throws RuleViolationException unless the walk is in progress */
	NightEntry<Visit> recordVisit(Visit visit) {
		requireInProgress();
		return new NightEntry<>(requiredId(), visit, WalkEvents.NightEntryRecorded.of(requiredId(), visit));
	}

	NightEntry<Observation> recordObservation(Observation observation) {
		requireInProgress();
		return new NightEntry<>(requiredId(), observation,
				WalkEvents.NightEntryRecorded.of(requiredId(), observation));
	}

	NightEntry<YouthContact> recordYouthContact(YouthContact contact) {
		requireInProgress();
		return new NightEntry<>(requiredId(), contact, WalkEvents.NightEntryRecorded.of(requiredId(), contact));
	}

	private void requireInProgress() {
		if (status != WalkStatus.IN_PROGRESS) {
			throw new RuleViolationException("walk.error.notInProgress", status.label());
		}
	}

	void checkOut(Instant at, Instant received, String by) {
		requireStatus("walk.error.notInProgress", WalkStatus.IN_PROGRESS);
		night.checkOut(at, received);
		status = WalkStatus.COMPLETED;
		updatedAt = received;
		registerEvent(new WalkEvents.WalkCompleted(requiredId(), at, by));
	}

	/** The debrief may be written and rewritten until it is submitted, and again when the district returns it. */
	void writeReport(Report report, Instant now) {
		requireStatus("walk.error.noReportYet", WalkStatus.COMPLETED, WalkStatus.RETURNED);
		night.write(report);
		updatedAt = now;
		registerEvent(new WalkEvents.NightEntryRecorded(requiredId(), "report", Map.of()));
	}

	void submitReport(Instant at, Instant received, String by) {
		requireStatus("walk.error.noReportYet", WalkStatus.COMPLETED, WalkStatus.RETURNED);
		night.submit(at, received, by);
		status = WalkStatus.REPORTED;
		updatedAt = received;
		registerEvent(new WalkEvents.ReportSubmitted(requiredId(), agreementId, associationId, walkDate, at, by));
	}

	/**
	 * The district's decision on a reported walk, asked by the approval module: approved (payable), returned to the
	 * team to correct and submit again, or rejected. The reason is the approval module's to keep, not the walk's.
	 */
	void decide(WalkDecisions.Step step, Instant at, String by, boolean override) {
		requireStatus("walk.error.notReported", WalkStatus.REPORTED);
		updatedAt = at;
		status = step.outcome();
		registerEvent(switch (step) {
			case APPROVE -> new WalkEvents.WalkApproved(requiredId(), agreementId, associationId, at, by, override);
			case RETURN -> new WalkEvents.WalkReturned(requiredId(), agreementId, associationId, at, by);
			case REJECT -> new WalkEvents.WalkRejected(requiredId(), agreementId, associationId, at, by);
		});
	}

	/** Issued on a payment basis: the last step of an approved walk. The basis is the payment module's to keep. */
	void markPaid(long basisId, Instant at, String by) {
		requireStatus("walk.error.notApproved", WalkStatus.APPROVED);
		updatedAt = at;
		status = WalkStatus.PAID;
		registerEvent(new WalkEvents.WalkPaid(requiredId(), agreementId, associationId, basisId, at, by));
	}

	/**
	 * Still in progress well after its planned end: a team in trouble, or a forgotten check-out. Said once; the
	 * notification module tells the leader and the contacts on the event.
	 */
	void markOverdue(Instant now) {
		requireInProgress();
		night.alertOverdue(now);
		registerEvent(new WalkEvents.WalkOverdue(requiredId(), agreementId, associationId, walkDate, endTime, endsAt,
				teamLeaderId));
	}

	private void requireStatus(String refusal, WalkStatus... allowed) {
		if (!java.util.Arrays.asList(allowed).contains(status)) {
			throw new RuleViolationException(refusal, status.label());
		}
	}

	private void requirePlanned() {
		if (status != WalkStatus.PLANNED) {
			throw new RuleViolationException("walk.error.notPlanned", status.label());
		}
	}

	public boolean isOnTeam(long walkerId) {
		return team.stream().anyMatch(s -> s.walkerId() == walkerId);
	}

	public List<Long> teamIds() {
		return team.stream().map(SignUp::walkerId).sorted().toList();
	}

	/** The present walkers' age and training on the walk's date, kept as the night recorded them. */
	void keepFactsOnTheDate(java.util.Map<Long, se.nattvandring.agreement.WalkFacts.Walker> facts) {
		attendance = attendance.stream().map(a -> facts.containsKey(a.walkerId()) ? a.on(facts.get(a.walkerId())) : a)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** The facts kept for each present walker; a walker recorded before facts were kept is absent. */
	java.util.Map<Long, se.nattvandring.agreement.WalkFacts.Walker> factsOnTheDate() {
		java.util.Map<Long, se.nattvandring.agreement.WalkFacts.Walker> kept = new java.util.HashMap<>();
		attendance.forEach(a -> {
			if (a.facts() != null) {
				kept.put(a.walkerId(), a.facts());
			}
		});
		return kept;
	}

	public Set<Long> presentIds() {
		return attendance.stream().map(Attendance::walkerId).collect(java.util.stream.Collectors.toSet());
	}

	public List<Long> placeIds() {
		return route.stream().map(RouteStop::placeId).toList();
	}

	WalkTimes times() {
		return new WalkTimes(walkDate, startTime, endTime);
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Walk not saved yet");
		}
		return id;
	}

	// @formatter:off
	public long agreementId() { return agreementId; }
	public long associationId() { return associationId; }
	public LocalDate walkDate() { return walkDate; }
	public Instant startsAt() { return startsAt; }
	public Instant endsAt() { return endsAt; }
	public String meetingPoint() { return meetingPoint; }
	public @Nullable Long teamLeaderId() { return teamLeaderId; }
	public int minTeam() { return minTeam; }
	public int maxTeam() { return maxTeam; }
	public WalkStatus status() { return status; }
	public @Nullable UUID seriesId() { return seriesId; }
	public boolean fromPaper() { return fromPaper; }
	public @Nullable Instant checkedInAt() { return night.checkedInAt(); }
	public @Nullable Instant checkedOutAt() { return night.checkedOutAt(); }
	public @Nullable Instant reportSubmittedAt() { return night.reportSubmittedAt(); }
	/** When the server received the report: the deadline is judged on this, never on the phone's clock. */
	public @Nullable Instant reportReceivedAt() { return night.reportReceivedAt(); }
	public @Nullable Instant overdueAlertedAt() { return night.overdueAlertedAt(); }
	public @Nullable String registeredAfterwardsBy() { return night.registeredAfterwardsBy(); }
	public @Nullable Instant registeredAfterwardsAt() { return night.registeredAfterwardsAt(); }
	public Report report() { return night.report(); }
	// @formatter:on
}
