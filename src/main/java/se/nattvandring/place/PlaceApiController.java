package se.nattvandring.place;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/** An agreement area's places, as JSON and as GeoJSON for any map. */
@RestController
@Tag(name = "Places", description = "The place catalogue of an agreement's area")
class PlaceApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final Places places;

	PlaceApiController(Places places) {
		this.places = places;
	}

	@GetMapping("/api/v1/agreements/{id}/places")
	@Operation(summary = "The area's places, active first, paged by ?page=")
	Page<PlaceView> list(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			CurrentUser user) {
		Page<PlaceView> result = places.page(id, page, user);
		return result;
	}

	@PostMapping("/api/v1/agreements/{id}/places")
	@Operation(summary = "Add a place (the district, its field assistants, an association or the foundation)")
	ResponseEntity<PlaceView> add(@PathVariable long id, @RequestBody PlaceDraft draft, CurrentUser user) {
		PlaceView place = places.add(id, draft, user);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/places/" + place.id())).body(place);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/v1/places/{id}")
	@Operation(summary = "Change a place (the organisation that added it, or the district)")
	PlaceView revisePlace(@PathVariable long id, @RequestBody PlaceDraft draft, CurrentUser user) {
		return places.revise(id, draft, user);
	}

	@GetMapping(value = "/api/v1/agreements/{id}/places.geojson", produces = "application/geo+json")
	@Operation(summary = "The area's places as a GeoJSON FeatureCollection of Points (RFC 7946)")
	ResponseEntity<Map<String, Object>> geoJson(@PathVariable long id, CurrentUser user) {
		List<Map<String, Object>> features = places.all(id, user).stream().map(PlaceApiController::feature).toList();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, GEO_JSON.toString()).body(collection);
	}

	private static Map<String, Object> feature(PlaceView place) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", place.id());
		properties.put("name", place.name());
		properties.put("kind", place.kind());
		properties.put("priority", place.priority());
		properties.put("reasons", place.reasons());
		properties.put("active", place.active());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", place.id());
		// GeoJSON puts longitude first.
		feature.put("geometry", Map.of("type", "Point", "coordinates",
				List.of(place.longitude().doubleValue(), place.latitude().doubleValue())));
		feature.put("properties", properties);
		return feature;
	}
}
