package se.nattvandring.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repository's fragment behind {@link DialogueMeetingReads}: the meetings, then all their decisions at once. */
class DialogueMeetingReadsImpl implements DialogueMeetingReads {

	private static final String COLUMNS = """
			select id, version, agreement_id, held_on, title, agenda, minutes, planned_by, planned_at, minutes_by,
			       minutes_at
			from dialogue_meeting
			""";

	private final JdbcClient jdbc;

	DialogueMeetingReadsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DialogueMeeting> latestOfAgreement(long agreementId, int limit) {
		return withDecisions(jdbc.sql(COLUMNS + """
				where agreement_id = :agreement order by held_on desc, id desc limit :limit""")
			.param("agreement", agreementId).param("limit", limit).query(DialogueMeetingReadsImpl::row).list());
	}

	@Override
	public List<DialogueMeeting> heldBetween(long agreementId, LocalDate from, LocalDate to) {
		return withDecisions(jdbc.sql(COLUMNS + """
				where agreement_id = :agreement and held_on between :from and :to order by held_on, id""")
			.param("agreement", agreementId).param("from", from).param("to", to)
			.query(DialogueMeetingReadsImpl::row).list());
	}

	private List<DialogueMeeting> withDecisions(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DialogueMeeting.MeetingDecision>> decisions = new HashMap<>();
		jdbc.sql("""
				select dialogue_meeting, decision, changed, changed_ref from dialogue_decision
				where dialogue_meeting in (:ids) order by dialogue_meeting, position""")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				decisions.computeIfAbsent(rs.getLong("dialogue_meeting"), id -> new ArrayList<>())
					.add(new DialogueMeeting.MeetingDecision(rs.getString("decision"),
							DialogueMeeting.Changed.valueOf(rs.getString("changed")),
							rs.getObject("changed_ref", Long.class)));
			});
		return rows.stream().map(row -> row.meeting(decisions.getOrDefault(row.id(), List.of()))).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		var minutesAt = rs.getTimestamp("minutes_at");
		return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("agreement_id"),
				rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("agenda"),
				rs.getString("minutes"), rs.getString("planned_by"), rs.getTimestamp("planned_at").toInstant(),
				rs.getString("minutes_by"), minutesAt == null ? null : minutesAt.toInstant());
	}

	private record Row(long id, int version, long agreementId, LocalDate heldOn, String title, String agenda,
			@Nullable String minutes, String plannedBy, Instant plannedAt,
			@Nullable String minutesBy,
			@Nullable Instant minutesAt) {

		DialogueMeeting meeting(List<DialogueMeeting.MeetingDecision> decisions) {
			return new DialogueMeeting(id, version, agreementId, heldOn, title, agenda, minutes, plannedBy, plannedAt,
					minutesBy, minutesAt, decisions);
		}
	}
}
