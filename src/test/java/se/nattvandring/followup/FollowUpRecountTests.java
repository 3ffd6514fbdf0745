package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * Every figure of the dashboard for the seed season's autumn, held against a recount written here from the tables,
 * for the whole agreement as the district reads it and for each association's own part as its contact reads it. The
 * recount does not share a line of SQL with {@code WalkStatistics}: a walk went out when it was checked in, and the
 * plan is the route.
 */
@IntegrationTest
class FollowUpRecountTests {

	static final String AUTUMN = "?from=2024-09-01&to=2024-12-31";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} reads association {1}")
	@CsvSource({ "distrikt, 0", "namnd, 0", "aik, 2", "folkparken, 3" })
	void everyFigureEqualsARecountInSql(String role, long association) throws Exception {
		JsonNode s = statistics(role);
		String period = "w.agreement_id = 1 and w.walk_date between date '2024-09-01' and date '2024-12-31'"
				+ (association == 0 ? "" : " and w.association_id = " + association);

		assertThat(s.get("associationId").isNull()).isEqualTo(association == 0);
		assertThat(s.get("plannedWalks").asLong()).isPositive()
			.isEqualTo(count("select count(*) from walk w where " + period + " and w.status <> 'CANCELLED'"));
		if (association == 0) {
			assertThat(s.get("plannedWalks").asLong()).as("the seed calls a walk off now and then")
				.isLessThan(count("select count(*) from walk w where " + period));
		}
		assertThat(s.get("walkedWalks").asLong())
			.isEqualTo(count("select count(*) from walk w where " + period + " and w.checked_in_at is not null"));
		assertThat(s.get("approvedWalks").asLong())
			.isEqualTo(count("select count(*) from walk w where " + period + " and w.status in ('APPROVED', 'PAID')"));
		assertThat(s.get("paidWalks").asLong())
			.isEqualTo(count("select count(*) from walk w where " + period + " and w.status = 'PAID'"));
		assertThat(s.get("walkerNights").asLong()).isPositive().isEqualTo(
				count("select count(*) from walk_attendance a join walk w on w.id = a.walk_id where " + period));
		assertThat(s.get("uniqueWalkers").asLong()).isEqualTo(count(
				"select count(distinct a.walker_id) from walk_attendance a join walk w on w.id = a.walk_id where "
						+ period));
		double hours = jdbc.sql("select coalesce(sum(extract(epoch from (w.checked_out_at - w.checked_in_at))), 0) "
				+ "/ 3600 from walk_attendance a join walk w on w.id = a.walk_id where " + period)
			.query(Double.class).single();
		assertThat(s.get("walkerHours").asDouble()).isCloseTo(hours, Offset.offset(0.05));

		for (String band : new String[] { "under13", "age13to15", "age16to17" }) {
			assertThat(s.get("youthContacts").get(band).asLong()).as(band).isEqualTo(count("select coalesce(sum(c."
					+ band + "), 0) from walk_youth_contact c join walk w on w.id = c.walk_id where " + period));
		}
		assertThat(s.get("observationsInvolvingUnder18").asLong()).isPositive().isEqualTo(count("""
				select count(*) from walk_observation o join walk w on w.id = o.walk_id
				where %s and (o.under13 > 0 or o.age13to15 > 0 or o.age16to17 > 0)""".formatted(period)));

		Map<String, Long> byCategory = grouped("select o.category, count(*) from walk_observation o "
				+ "join walk w on w.id = o.walk_id where " + period + " group by 1");
		assertThat(byCategory).isNotEmpty();
		s.get("observationsByCategory").properties().forEach(category -> assertThat(category.getValue().asLong())
			.as(category.getKey()).isEqualTo(byCategory.getOrDefault(category.getKey(), 0L)));

		Map<String, Long> byMonthAndCategory = grouped("select to_char(w.walk_date, 'YYYY-MM') || ' ' || o.category, "
				+ "count(*) from walk_observation o join walk w on w.id = o.walk_id where " + period + " group by 1");
		long months = count("select count(distinct date_trunc('month', w.walk_date)) from walk_observation o "
				+ "join walk w on w.id = o.walk_id where " + period);
		assertThat(s.get("observationsByMonth").size()).isEqualTo(months).isEqualTo(4);
		for (JsonNode month : s.get("observationsByMonth")) {
			month.get("byCategory").properties().forEach(category -> assertThat(category.getValue().asLong())
				.as(month.get("month").asString() + " " + category.getKey())
				.isEqualTo(byMonthAndCategory.getOrDefault(month.get("month").asString() + " " + category.getKey(),
						0L)));
		}

		long neverVisited = placeCoverageEqualsARecount(s.get("placeCoverage"), period);
		assertThat(s.get("agreedPlacesNeverVisited").asLong()).isEqualTo(neverVisited);
		long allObservations = count(
				"select count(*) from walk_observation o join walk w on w.id = o.walk_id where " + period);
		long atAgreedPlaces = 0;
		for (JsonNode place : s.get("placeCoverage")) {
			atAgreedPlaces += place.get("observations").asLong();
		}
		assertThat(s.get("observationsAwayFromAgreedPlaces").asLong()).isEqualTo(allObservations - atAgreedPlaces);
		if (association == 0) {
			assertThat(s.get("observationsInvolvingUnder18").asLong()).as("some finds had nobody there")
				.isLessThan(allObservations);
		}
	}

	/** @return the agreed places the recount found no visit to */
	private long placeCoverageEqualsARecount(JsonNode coverage, String period) {
		assertThat(coverage.size()).as("the agreed places of the plan in force on 31 December 2024").isEqualTo(count(
				"""
						select count(*) from place_plan_place pp where pp.plan_id = (
						  select id from place_plan where agreement_id = 1 and in_force_since is not null
						    and valid_from <= date '2024-12-31' order by version_number desc limit 1)"""));
		boolean plannedDiffersFromVisited = false;
		long neverVisited = 0;
		for (JsonNode place : coverage) {
			long id = place.get("placeId").asLong();
			String name = place.get("name").asString();
			long planned = count("select count(*) from walk_route_place r join walk w on w.id = r.walk_id where "
					+ period + " and w.checked_in_at is not null and r.place_id = " + id);
			long visits = count("select count(*) from walk_visit v join walk w on w.id = v.walk_id where " + period
					+ " and v.place_id = " + id);
			assertThat(place.get("plannedVisits").asLong()).as(name).isEqualTo(planned);
			assertThat(place.get("visits").asLong()).as(name).isEqualTo(visits);
			assertThat(place.get("observations").asLong()).as(name).isEqualTo(count(
					"select count(*) from walk_observation o join walk w on w.id = o.walk_id where " + period
							+ " and o.place_id = " + id));
			assertThat(place.get("observationsInvolvingUnder18").asLong()).as(name).isEqualTo(count("""
					select count(*) from walk_observation o join walk w on w.id = o.walk_id
					where %s and o.place_id = %d and o.under13 + o.age13to15 + o.age16to17 > 0""".formatted(period,
					id)));
			plannedDiffersFromVisited |= planned != visits;
			neverVisited += visits == 0 ? 1 : 0;
		}
		assertThat(plannedDiffersFromVisited).as("now and then a team did not reach a place on its route").isTrue();
		return neverVisited;
	}

	private JsonNode statistics(String role) throws Exception {
		var result = mvc.get().uri("/api/v1/agreements/1/statistics" + AUTUMN)
			.header("Authorization", DemoLogins.bearer(role)).exchange();
		assertThat(result).hasStatusOk();
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}

	private Map<String, Long> grouped(String sql) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
