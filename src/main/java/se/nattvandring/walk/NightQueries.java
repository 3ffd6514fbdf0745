package se.nattvandring.walk;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.walk.NightLog.Report;
import se.nattvandring.walk.NightView.ObservationView;
import se.nattvandring.walk.NightView.Present;
import se.nattvandring.walk.NightView.Totals;
import se.nattvandring.walk.NightView.VisitView;

/** Read model of a walk night: five short statements, whatever the length of the night's log. */
@Component
class NightQueries {

	/** The walk's own night columns. */
	record Header(@Nullable Instant checkedInAt, @Nullable Instant checkedOutAt, Report report,
			@Nullable Instant reportSubmittedAt) {
	}

	private final JdbcClient jdbc;

	NightQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Header header(long walkId) {
		return jdbc.sql("""
				select checked_in_at, checked_out_at, report_summary, report_went_well, report_follow_up,
				       report_place_suggestions, report_submitted_at from walk where id = :id
				""").param("id", walkId)
			.query((rs, row) -> new Header(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
					new Report(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
					instant(rs.getTimestamp(7))))
			.single();
	}

	List<Present> present(long walkId) {
		return jdbc.sql("""
				select a.walker_id, coalesce(k.name, '#' || k.id), a.unplanned from walk_attendance a
				join walker k on k.id = a.walker_id where a.walk_id = :id order by k.name nulls last, k.id
				""").param("id", walkId)
			.query((rs, row) -> new Present(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
	}

	List<VisitView> visits(long walkId) {
		return jdbc.sql("""
				select v.place_id, p.name, v.visited_at from walk_visit v join place p on p.id = v.place_id
				where v.walk_id = :id order by v.visited_at, v.position
				""").param("id", walkId)
			.query((rs, row) -> new VisitView(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
	}

	List<ObservationView> observations(long walkId) {
		return jdbc.sql("""
				select o.category, p.name, o.under13, o.age13to15, o.age16to17, o.adults, o.help_called, o.note,
				       o.note_flagged, o.observed_at
				from walk_observation o left join place p on p.id = o.place_id
				where o.walk_id = :id order by o.observed_at, o.position
				""").param("id", walkId)
			.query((rs, row) -> new ObservationView(ObservationCategory.valueOf(rs.getString(1)), rs.getString(2),
					rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), help(rs.getString(7)), rs.getString(8),
					rs.getBoolean(9), rs.getTimestamp(10).toInstant()))
			.list();
	}

	Totals youthContacts(long walkId) {
		return jdbc.sql("""
				select coalesce(sum(under13), 0), coalesce(sum(age13to15), 0), coalesce(sum(age16to17), 0)
				from walk_youth_contact where walk_id = :id
				""").param("id", walkId).query((rs, row) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/** The last place each walk visited, for the district's overview: one statement for any number of walks. */
	java.util.Map<Long, VisitView> lastVisits(java.util.Collection<Long> walkIds) {
		if (walkIds.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("""
				select distinct on (v.walk_id) v.walk_id, v.place_id, p.name, v.visited_at
				from walk_visit v join place p on p.id = v.place_id where v.walk_id in (:ids)
				order by v.walk_id, v.visited_at desc, v.position desc
				""").param("ids", walkIds)
			.query((rs, row) -> java.util.Map.entry(rs.getLong(1), new VisitView(rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant())))
			.list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
					java.util.Map.Entry::getValue));
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<HelpCalled> help(String text) {
		return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(HelpCalled::valueOf).toList();
	}
}
