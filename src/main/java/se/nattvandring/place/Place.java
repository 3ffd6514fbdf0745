package se.nattvandring.place;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.Snapshots;

/** A place in an agreement's area where adult presence is needed. Retired places stay, so old plans still read. */
@Table("place")
public class Place {

	@Table("place_reason")
	record Reason(PlaceReason reason) {
	}

	@Table("place_source")
	record Source(KnowledgeSource source) {
	}

	private @Id @Nullable Long id;

	private @Version @Nullable Integer version;

	private long agreementId;

	private String name;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private PlaceKind kind;

	private @Nullable String note;

	private int priority;

	private @Nullable LocalTime importantFrom;

	private @Nullable LocalTime importantTo;

	private boolean active;

	@MappedCollection(idColumn = "place_id")
	private Set<Reason> reasons;

	@MappedCollection(idColumn = "place_id")
	private Set<Source> sources;

	private Instant updatedAt;

	private final @Nullable Long addedByOrganisationId;

	@PersistenceCreator
	Place(@Nullable Long id, @Nullable Integer version, long agreementId, String name, BigDecimal latitude,
			BigDecimal longitude, PlaceKind kind, @Nullable String note, int priority,
			@Nullable LocalTime importantFrom, @Nullable LocalTime importantTo, boolean active, Set<Reason> reasons,
			Set<Source> sources, Instant updatedAt, @Nullable Long addedByOrganisationId) {
		this.id = id;
		this.version = version;
		this.agreementId = agreementId;
		this.name = name;
		this.latitude = latitude;
		this.longitude = longitude;
		this.kind = kind;
		this.note = note;
		this.priority = priority;
		this.importantFrom = importantFrom;
		this.importantTo = importantTo;
		this.active = active;
		this.reasons = reasons;
		this.sources = sources;
		this.updatedAt = updatedAt;
		this.addedByOrganisationId = addedByOrganisationId;
	}

	/** @param draft a draft that {@link PlaceValidator} has passed */
	static Place create(long agreementId, PlaceDraft draft, long addedByOrganisationId, Instant now) {
		Place place = new Place(null, null, agreementId, "", BigDecimal.ZERO, BigDecimal.ZERO, PlaceKind.OTHER, null,
				3, null, null, true, Set.of(), Set.of(), now, addedByOrganisationId);
		place.apply(draft, now);
		return place;
	}

	/** @return what changed, field by field, for the audit trail */
	Map<String, List<String>> revise(PlaceDraft draft, Instant now) {
		Map<String, String> before = snapshot();
		apply(draft, now);
		return Snapshots.changes(before, snapshot());
	}

	private void apply(PlaceDraft draft, Instant now) {
		this.name = Objects.requireNonNull(draft.name()).strip();
		// Six decimals are about 0.1 m: more than a phone knows, less than a person needs.
		this.latitude = Objects.requireNonNull(draft.latitude()).setScale(6, RoundingMode.HALF_EVEN);
		this.longitude = Objects.requireNonNull(draft.longitude()).setScale(6, RoundingMode.HALF_EVEN);
		this.kind = Objects.requireNonNull(draft.kind());
		this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
		this.priority = Objects.requireNonNull(draft.priority());
		this.importantFrom = draft.importantFrom();
		this.importantTo = draft.importantTo();
		this.active = draft.active() == null || draft.active();
		this.reasons = draft.reasonSet().stream().map(Reason::new).collect(Collectors.toSet());
		this.sources = draft.sourceSet().stream().map(Source::new).collect(Collectors.toSet());
		this.updatedAt = now;
	}

	Map<String, String> snapshot() {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("position", latitude.toPlainString() + ", " + longitude.toPlainString());
		s.put("kind", kind.name());
		// A note is typed text that might name someone: the trail keeps that it changed, not its words.
		s.put("note", note == null || note.isBlank() ? "" : se.nattvandring.shared.Snapshots.fingerprint(note));
		s.put("priority", String.valueOf(priority));
		s.put("importantTimes", importantFrom == null ? "" : importantFrom + "–" + importantTo);
		s.put("active", String.valueOf(active));
		s.put("reasons", new TreeSet<>(reasons.stream().map(r -> r.reason().name()).toList()).toString());
		s.put("sources", new TreeSet<>(sources.stream().map(r -> r.source().name()).toList()).toString());
		return s;
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Place not saved yet");
		}
		return id;
	}
}
