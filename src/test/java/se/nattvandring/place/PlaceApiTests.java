package se.nattvandring.place;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.AgreementTestTerms;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Places and the place agreement through the API, on the seed agreement's demo world. */
@IntegrationTest
class PlaceApiTests {

	static final String SEED = "/api/v1/agreements/1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	MvcTestResult get(String uri, String user) {
		return mvc.get().uri(uri).header("Authorization", bearer(user)).exchange();
	}

	MvcTestResult post(String uri, String user, String body) {
		return mvc.post().uri(uri).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "sv").content(body).exchange();
	}

	JsonNode body(MvcTestResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void theSeedAgreementHasAtLeastTenPlacesInsideAlvsjoSolberga() throws Exception {
		var result = get(SEED + "/places", "vandrare");

		assertThat(result).hasStatusOk();
		JsonNode places = body(result).get("items");
		assertThat(places.size()).isGreaterThanOrEqualTo(10);
		for (JsonNode place : places) {
			assertThat(place.get("latitude").asDouble()).isBetween(59.26, 59.30);
			assertThat(place.get("longitude").asDouble()).isBetween(17.95, 18.06);
			assertThat(place.get("sweref").get("northing").asDouble()).isBetween(6_571_000.0, 6_576_000.0);
		}
	}

	@Test
	void placesGeoJsonIsAFeatureCollectionOfPoints() throws Exception {
		var result = get(SEED + "/places.geojson", "aik");

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/geo+json");
		JsonNode collection = body(result);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features").size()).isGreaterThanOrEqualTo(10);
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
			JsonNode coordinates = feature.get("geometry").get("coordinates");
			assertThat(coordinates.size()).isEqualTo(2);
			// RFC 7946: longitude first.
			assertThat(coordinates.get(0).asDouble()).isBetween(17.95, 18.06);
			assertThat(coordinates.get(1).asDouble()).isBetween(59.26, 59.30);
			assertThat(feature.get("properties").get("name").asString()).isNotBlank();
		}
	}

	@Test
	void oneVersionIsInForceWithEveryApprovalAndANewerOneWaits() throws Exception {
		JsonNode history = body(get(SEED + "/place-plans", "falt"));

		assertThat(history.get("inForceVersion").asInt()).isEqualTo(1);
		JsonNode newest = history.get("versions").get(0);
		JsonNode inForce = history.get("versions").get(1);
		assertThat(newest.get("versionNumber").asInt()).isEqualTo(2);
		assertThat(newest.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(inForce.get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(inForce.get("approvals").size()).isEqualTo(4);
		for (JsonNode approval : inForce.get("approvals")) {
			assertThat(approval.get("approvedAt").isNull()).isFalse();
		}
	}

	@Test
	void badPlacesAreRefusedAtTheirFields() throws Exception {
		var outside = post(SEED + "/places", "falt", """
				{"name": "", "latitude": 48.85, "longitude": 2.35, "kind": "PARK", "priority": 2}""");
		assertThat(outside).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(outside).bodyJson().extractingPath("$.errors[*].field").asArray()
			.contains("name", "latitude", "longitude");

		var swapped = post(SEED + "/places", "falt", """
				{"name": "Torget", "latitude": 18.01, "longitude": 59.28, "kind": "CENTRE", "priority": 1}""");
		assertThat(swapped).bodyJson().extractingPath("$.errors[?(@.field == 'latitude')].message").asArray()
			.containsExactly("Positionen ligger utanför Sverige. Har latitud och longitud bytt plats?");

		var personnummer = post(SEED + "/places", "falt", """
				{"name": "Torget", "latitude": 59.28, "longitude": 18.01, "kind": "CENTRE", "priority": 1,
				 "note": "Ring 19900101-1234 om det händer något"}""");
		assertThat(personnummer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("note");
	}

	@Test
	void walkersReadPlacesButDoNotChangeThem() {
		var body = """
				{"name": "Ny plats", "latitude": 59.28, "longitude": 18.01, "kind": "PARK", "priority": 3}""";
		assertThat(post(SEED + "/places", "vandrare", body)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(SEED + "/places", "admin", body)).hasStatus(HttpStatus.FORBIDDEN);
		var added = post(SEED + "/places", "stiftelsen", body);
		assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.name").isEqualTo("Ny plats");
	}

	@Test
	void aNewVersionNeedsEveryApprovalAgainAndTheOldOneStaysInForceMeanwhile() throws Exception {
		var current = body(get("/api/v1/agreements/2/place-plans", "distrikt"));
		int inForce = current.get("inForceVersion").asInt();
		List<Long> places = new ArrayList<>();
		current.get("versions").get(0).get("places").forEach(place -> places.add(place.get("id").asLong()));

		var drafted = post("/api/v1/agreements/2/place-plans", "aik",
				json.writeValueAsString(Map.of("validFrom", StockholmTime.today(clock).plusDays(5).toString(),
						"placeIds", places.subList(0, 5))));
		assertThat(drafted).hasStatus(HttpStatus.CREATED);
		long planId = body(drafted).get("id").asLong();
		int version = body(drafted).get("versionNumber").asInt();

		for (String party : List.of("aik", "folkparken", "stiftelsen")) {
			assertThat(post("/api/v1/place-plans/" + planId + "/approvals", party, "{\"decision\": \"APPROVE\"}"))
				.as(party).hasStatusOk();
		}
		var threeOfFour = body(get("/api/v1/agreements/2/place-plans", "distrikt"));
		assertThat(threeOfFour.get("inForceVersion").asInt()).isEqualTo(inForce);
		assertThat(threeOfFour.get("versions").get(0).get("status").asString()).isEqualTo("AWAITING_APPROVAL");

		assertThat(post("/api/v1/place-plans/" + planId + "/approvals", "aik", "{\"decision\": \"APPROVE\"}"))
			.hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.detail")
			.isEqualTo("Din organisation har redan godkänt den här versionen.");
		assertThat(post("/api/v1/place-plans/" + planId + "/approvals", "distrikt", "{\"decision\": \"APPROVE\"}"))
			.hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.detail")
			.isEqualTo("Din organisation behöver inte godkänna den här platsplanen.");
		long oldPlan = threeOfFour.get("versions").get(1).get("id").asLong();
		assertThat(post("/api/v1/place-plans/" + oldPlan + "/approvals", "falt", "{\"decision\": \"APPROVE\"}"))
			.hasStatus(HttpStatus.CONFLICT);

		assertThat(post("/api/v1/place-plans/" + planId + "/approvals", "falt", "{\"decision\": \"APPROVE\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPROVED_UPCOMING");
		assertThat(body(get("/api/v1/agreements/2/place-plans", "distrikt")).get("versions").get(0)
			.get("versionNumber").asInt()).isEqualTo(version);
	}

	@Test
	void theInForceQueryAnswersForAnyDate(@Autowired PlacePlans plans) {
		assertThat(plans.inForceOn(1, java.time.LocalDate.of(2020, 1, 1))).isEmpty();
		assertThat(plans.inForceOn(1, java.time.LocalDate.now().plusDays(1))).get()
			.extracting(PlanView::versionNumber).isEqualTo(1);
	}

	@Test
	void aContactOfAnotherAssociationSeesNoPlacesOfAnAgreementItIsNotPartyTo(@Autowired Agreements agreements,
			@Autowired Organisations organisations, @Autowired Places places) {
		long district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow().requiredId();
		long folkparken = organisations.byName("Södra Folkparken").orElseThrow().requiredId();
		var coordinator = new CurrentUser(0, "distrikt", "Test", district, OrganisationKind.DISTRICT_ADMINISTRATION,
				Set.of(Role.DISTRICT_COORDINATOR));
		var terms = AgreementTestTerms.onlyWith(district, folkparken, "HÄ 2026/PLACES-FOLKPARKEN");
		long id = agreements.create(terms, coordinator).requiredId();
		places.add(id, new PlaceDraft("Folkparkens plats", new BigDecimal("59.28"), new BigDecimal("18.0"),
				PlaceKind.PARK, Set.of(), null, Set.of(), 2, null, null, true), coordinator);

		assertThat(get("/api/v1/agreements/" + id + "/places", "folkparken")).hasStatusOk();
		assertThat(get("/api/v1/agreements/" + id + "/places", "aik")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/api/v1/agreements/" + id + "/places.geojson", "aik")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/api/v1/agreements/" + id + "/place-plans", "vandrare")).hasStatus(HttpStatus.NOT_FOUND);
	}
}
