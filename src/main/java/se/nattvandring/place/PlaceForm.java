package se.nattvandring.place;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The place form as posted, bound by direct field access so whatever was typed comes back; public fields because
 * template expressions read only public fields.
 */
class PlaceForm {

	public @Nullable String name;
	public @Nullable BigDecimal latitude;
	public @Nullable BigDecimal longitude;
	public @Nullable PlaceKind kind;
	public Set<PlaceReason> reasons = new LinkedHashSet<>();
	public @Nullable String note;
	public Set<KnowledgeSource> sources = new LinkedHashSet<>();
	public @Nullable Integer priority = 2;
	public @Nullable LocalTime importantFrom;
	public @Nullable LocalTime importantTo;
	public boolean active = true;

	static PlaceForm of(PlaceView place) {
		PlaceForm form = new PlaceForm();
		form.name = place.name();
		form.latitude = place.latitude();
		form.longitude = place.longitude();
		form.kind = place.kind();
		form.reasons.addAll(place.reasons());
		form.note = place.note();
		form.sources.addAll(place.sources());
		form.priority = place.priority();
		form.importantFrom = place.importantFrom();
		form.importantTo = place.importantTo();
		form.active = place.active();
		return form;
	}

	PlaceDraft toDraft() {
		return new PlaceDraft(name, latitude, longitude, kind, chosen(reasons), note, chosen(sources),
				priority, importantFrom, importantTo, active);
	}

	/** A blank box posted ("reasons=") binds as null; it chooses nothing. */
	private static <T> Set<T> chosen(Set<T> boxes) {
		return boxes.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}
}
