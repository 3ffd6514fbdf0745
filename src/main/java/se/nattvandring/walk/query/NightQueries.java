package se.nattvandring.walk.query;

import se.nattvandring.walk.HelpCalled;
import se.nattvandring.walk.ObservationCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.walk.NightLog.Report;
import se.nattvandring.walk.query.NightView.ObservationView;
import se.nattvandring.walk.query.NightView.Present;
import se.nattvandring.walk.query.NightView.Totals;
import se.nattvandring.walk.query.NightView.VisitView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read model of a walk night: one statement, however long the night's log, with the lists as JSON arrays. */
@Component
public class NightQueries {

	/** The night as stored, before the deadline and the overdue flag are worked out. */
	record Night(@Nullable Instant checkedInAt, @Nullable Instant checkedOutAt, Report report,
			@Nullable Instant reportSubmittedAt, @Nullable Instant reportReceivedAt,
			@Nullable Instant registeredAfterwardsAt, @Nullable String registeredAfterwardsBy, List<Present> present,
			List<VisitView> visits, List<ObservationView> observations, Totals youthContacts) {
	}

	/** An observation as the JSON array holds it, help still as text. */
	record StoredObservation(ObservationCategory category, @Nullable String place, int under13, int age13to15,
			int age16to17, int adults, String helpCalled, @Nullable String note, boolean noteFlagged, Instant at) {
	}

	private static final String UTC = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";

	private static final String NIGHT = """
			select w.checked_in_at, w.checked_out_at, w.report_summary, w.report_went_well, w.report_follow_up,
			       w.report_place_suggestions, w.report_submitted_at, w.report_received_at,
			       w.registered_afterwards_at, w.registered_afterwards_by,
			       coalesce((select json_agg(json_build_object('walkerId', a.walker_id,
			                 'name', coalesce(k.name, '#' || k.id), 'unplanned', a.unplanned)
			                 order by k.name nulls last, k.id)
			                 from walk_attendance a join walker k on k.id = a.walker_id where a.walk_id = w.id), '[]')
			         as present,
			       coalesce((select json_agg(json_build_object('placeId', v.place_id, 'place', p.name,
			                 'at', to_char(v.visited_at at time zone 'UTC', %1$s)) order by v.visited_at, v.id)
			                 from walk_visit v join place p on p.id = v.place_id where v.walk_id = w.id), '[]') as visits,
			       coalesce((select json_agg(json_build_object('category', o.category, 'place', p.name,
			                 'under13', o.under13, 'age13to15', o.age13to15, 'age16to17', o.age16to17,
			                 'adults', o.adults, 'helpCalled', o.help_called, 'note', o.note,
			                 'noteFlagged', o.note_flagged, 'at', to_char(o.observed_at at time zone 'UTC', %1$s))
			                 order by o.observed_at, o.id)
			                 from walk_observation o left join place p on p.id = o.place_id where o.walk_id = w.id), '[]')
			         as observations,
			       (select coalesce(sum(c.under13), 0) from walk_youth_contact c where c.walk_id = w.id) as c_under13,
			       (select coalesce(sum(c.age13to15), 0) from walk_youth_contact c where c.walk_id = w.id) as c_13to15,
			       (select coalesce(sum(c.age16to17), 0) from walk_youth_contact c where c.walk_id = w.id) as c_16to17
			from walk w where w.id = :id
			""".formatted(UTC);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NightQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Night night(long walkId) {
		return jdbc.sql(NIGHT).param("id", walkId).query(this::map).single();
	}

	/** The last place each walk visited, for the district's overview: one statement for any number of walks. */
	/** When each walk was checked out, for the report deadline; one statement for a list. */
	public Map<Long, Instant> checkedOutAt(Collection<Long> walkIds) {
		Map<Long, Instant> checkedOut = new java.util.HashMap<>();
		if (walkIds.isEmpty()) {
			return checkedOut;
		}
		jdbc.sql("select id, checked_out_at from walk where id in (:ids) and checked_out_at is not null")
			.param("ids", walkIds)
			.query(rs -> {
				checkedOut.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
			});
		return checkedOut;
	}

	public Map<Long, VisitView> lastVisits(Collection<Long> walkIds) {
		if (walkIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (v.walk_id) v.walk_id, v.place_id, p.name, v.visited_at
				from walk_visit v join place p on p.id = v.place_id where v.walk_id in (:ids)
				order by v.walk_id, v.visited_at desc, v.id desc
				""").param("ids", walkIds)
			.query((rs, row) -> Map.entry(rs.getLong(1), new VisitView(rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant())))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Night map(ResultSet rs, int row) throws SQLException {
		List<Present> present = json.readValue(rs.getString("present"), new TypeReference<List<Present>>() { });
		List<VisitView> visits = json.readValue(rs.getString("visits"), new TypeReference<List<VisitView>>() { });
		List<StoredObservation> stored = json.readValue(rs.getString("observations"),
				new TypeReference<List<StoredObservation>>() { });
		List<ObservationView> observations = stored.stream()
			.map(o -> new ObservationView(o.category(), o.place(), o.under13(), o.age13to15(), o.age16to17(),
					o.adults(), help(o.helpCalled()), o.note(), o.noteFlagged(), o.at()))
			.toList();
		return new Night(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
				new Report(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
				instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
				rs.getString(10), present, visits, observations,
				new Totals(rs.getInt("c_under13"), rs.getInt("c_13to15"), rs.getInt("c_16to17")));
	}

	private static List<HelpCalled> help(String text) {
		return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(HelpCalled::valueOf).toList();
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
