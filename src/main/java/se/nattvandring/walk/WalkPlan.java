package se.nattvandring.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A single walk as the planner asks for it (see {@link #isFromPaper()} for a walk planned after the night). Team sizes left out default to the agreement's criteria; the route is
 * a choice from the place plan in force on the date.
 */
public record WalkPlan(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate date,
		@Nullable LocalTime start, @Nullable LocalTime end, @Nullable String meetingPoint,
		@Nullable List<Long> placeIds, @Nullable Long teamLeaderId, @Nullable Integer minTeam,
		@Nullable Integer maxTeam, @Nullable Boolean fromPaper) {

	/** A walk planned ahead, not from paper. */
	public WalkPlan(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate date,
			@Nullable LocalTime start, @Nullable LocalTime end, @Nullable String meetingPoint,
			@Nullable List<Long> placeIds, @Nullable Long teamLeaderId, @Nullable Integer minTeam,
			@Nullable Integer maxTeam) {
		this(agreementId, associationId, date, start, end, meetingPoint, placeIds, teamLeaderId, minTeam, maxTeam,
				null);
	}

	/**
	 * Whether the walk is planned afterwards, for a night kept on paper: the only way to plan a walk whose start has
	 * passed, and it is marked so for good.
	 */
	public boolean isFromPaper() {
		return Boolean.TRUE.equals(fromPaper);
	}

	public List<Long> placeIdList() {
		return placeIds == null ? List.of() : placeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	WalkPlan on(LocalDate other) {
		return new WalkPlan(agreementId, associationId, other, start, end, meetingPoint, placeIds, teamLeaderId,
				minTeam, maxTeam, fromPaper);
	}
}
