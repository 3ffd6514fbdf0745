package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.RuleViolationException;

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

	private LocalDate walkDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private Instant startsAt;

	private Instant endsAt;

	private String meetingPoint;

	private @Nullable Long teamLeaderId;

	private int minTeam;

	private int maxTeam;

	private WalkStatus status;

	private @Nullable UUID seriesId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "walk_id", keyColumn = "position")
	private List<RouteStop> route;

	@MappedCollection(idColumn = "walk_id")
	private Set<SignUp> team;

	@PersistenceCreator
	Walk(@Nullable Long id, @Nullable Integer version, long agreementId, long associationId, LocalDate walkDate,
			LocalTime startTime, LocalTime endTime, Instant startsAt, Instant endsAt, String meetingPoint,
			@Nullable Long teamLeaderId, int minTeam, int maxTeam, WalkStatus status, @Nullable UUID seriesId,
			String createdBy, Instant createdAt, Instant updatedAt, List<RouteStop> route, Set<SignUp> team) {
		this.id = id;
		this.version = version;
		this.agreementId = agreementId;
		this.associationId = associationId;
		this.walkDate = walkDate;
		this.startTime = startTime;
		this.endTime = endTime;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.meetingPoint = meetingPoint;
		this.teamLeaderId = teamLeaderId;
		this.minTeam = minTeam;
		this.maxTeam = maxTeam;
		this.status = status;
		this.seriesId = seriesId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.route = List.copyOf(route);
		this.team = new HashSet<>(team);
	}

	/** @param plan a plan that {@link WalkPlanning} has passed; the team leader, if any, joins the team */
	static Walk plan(WalkPlan plan, WalkTimes times, int minTeam, int maxTeam, @Nullable UUID seriesId,
			String by, Instant now) {
		Walk walk = new Walk(null, null, plan.agreementId(), plan.associationId(), times.date(), times.start(),
				times.end(), times.startsAt(), times.endsAt(), String.valueOf(plan.meetingPoint()).strip(),
				plan.teamLeaderId(), minTeam, maxTeam, WalkStatus.PLANNED, seriesId, by, now, now,
				plan.placeIdList().stream().map(RouteStop::new).toList(), Set.of());
		if (plan.teamLeaderId() != null) {
			walk.team.add(new SignUp(plan.teamLeaderId(), now, by));
		}
		return walk;
	}

	/** That the walk exists, once it has an id. */
	WalkEvents.WalkScheduled scheduledEvent() {
		return new WalkEvents.WalkScheduled(requiredId(), agreementId, associationId, walkDate, startsAt, endsAt,
				seriesId == null ? "" : seriesId.toString());
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

	private void requirePlanned() {
		if (status != WalkStatus.PLANNED) {
			throw new RuleViolationException("walk.error.notPlanned", status.name());
		}
	}

	public boolean isOnTeam(long walkerId) {
		return team.stream().anyMatch(s -> s.walkerId() == walkerId);
	}

	public List<Long> teamIds() {
		return team.stream().map(SignUp::walkerId).sorted().toList();
	}

	public List<Long> placeIds() {
		return route.stream().map(RouteStop::placeId).toList();
	}

	public WalkTimes times() {
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
	// @formatter:on
}
