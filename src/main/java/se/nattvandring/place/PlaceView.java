package se.nattvandring.place;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A place as lists, maps and the API read it, with its position in both WGS84 and SWEREF 99 18 00. */
public record PlaceView(long id, long agreementId, String name, BigDecimal latitude, BigDecimal longitude,
		PlaceKind kind, List<PlaceReason> reasons, @Nullable String note, List<KnowledgeSource> sources, int priority,
		@Nullable LocalTime importantFrom, @Nullable LocalTime importantTo, boolean active,
		@Nullable Long addedByOrganisationId) {

	@JsonProperty("sweref")
	public Sweref99.Point sweref() {
		return Sweref99.fromWgs84(latitude.doubleValue(), longitude.doubleValue());
	}
}
