package se.nattvandring.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A walk as lists, the calendar and the API show it. The team is ids and names: names are shown to the association
 * and its walkers, never put in a feed or an export for others.
 */
public record WalkView(long id, long agreementId, String agreementTitle, long associationId, String associationName,
		LocalDate date, LocalTime start, LocalTime end, Instant startsAt, Instant endsAt, String meetingPoint,
		WalkStatus status, int minTeam, int maxTeam, @Nullable Long teamLeaderId, List<Stop> route,
		List<Member> team, @Nullable String seriesId) {

	public record Stop(long placeId, String name) {
	}

	public record Member(long walkerId, String name) {
	}

	public WalkView {
		route = List.copyOf(route);
		team = List.copyOf(team);
	}

	/** The same walk with walkers as numbers only, for readers outside the walk's association. */
	WalkView withoutNames() {
		return new WalkView(id, agreementId, agreementTitle, associationId, associationName, date, start, end,
				startsAt, endsAt, meetingPoint, status, minTeam, maxTeam, teamLeaderId, route,
				team.stream().map(m -> new Member(m.walkerId(), "#" + m.walkerId())).toList(), seriesId);
	}

	public int teamSize() {
		return team.size();
	}

	public boolean understaffed() {
		return status == WalkStatus.PLANNED && team.size() < minTeam;
	}

	public boolean full() {
		return team.size() >= maxTeam;
	}

	public boolean hasMember(long walkerId) {
		return team.stream().anyMatch(m -> m.walkerId() == walkerId);
	}

	public boolean crossesMidnight() {
		return end.isBefore(start);
	}

	public long durationMinutes() {
		return java.time.Duration.between(startsAt, endsAt).toMinutes();
	}
}
