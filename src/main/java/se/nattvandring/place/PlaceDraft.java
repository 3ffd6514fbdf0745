package se.nattvandring.place;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A place as a party describes it, from the map form or the API; checked by {@link PlaceValidator} before saving. */
public record PlaceDraft(@Nullable String name, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		@Nullable PlaceKind kind, @Nullable Set<PlaceReason> reasons, @Nullable String note,
		@Nullable Set<KnowledgeSource> sources, @Nullable Integer priority, @Nullable LocalTime importantFrom,
		@Nullable LocalTime importantTo, @Nullable Boolean active) {

	Set<PlaceReason> reasonSet() {
		return reasons == null ? Set.of() : reasons;
	}

	Set<KnowledgeSource> sourceSet() {
		return sources == null ? Set.of() : sources;
	}
}
