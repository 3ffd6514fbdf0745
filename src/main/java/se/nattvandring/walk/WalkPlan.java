package se.nattvandring.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A single walk as the planner asks for it. Team sizes left out default to the agreement's criteria; the route is
 * a choice from the place plan in force on the date.
 */
public record WalkPlan(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate date,
		@Nullable LocalTime start, @Nullable LocalTime end, @Nullable String meetingPoint,
		@Nullable List<Long> placeIds, @Nullable Long teamLeaderId, @Nullable Integer minTeam,
		@Nullable Integer maxTeam) {

	public List<Long> placeIdList() {
		return placeIds == null ? List.of() : placeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	WalkPlan on(LocalDate other) {
		return new WalkPlan(agreementId, associationId, other, start, end, meetingPoint, placeIds, teamLeaderId,
				minTeam, maxTeam);
	}
}
