package se.nattvandring.walk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.volunteer.PersonalDataHolder;

/** The walk module's part of a register extract: the walker's sign-ups, the walks they led and attended. */
@Component
class WalkPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	WalkPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> tables() {
		return List.of("walk_signup", "walk", "walk_attendance");
	}

	@Override
	public Map<String, List<Map<String, Object>>> extract(long walkerId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("walk_signup", jdbc.sql("""
				select w.id as walk_id, w.walk_date, w.start_time, w.end_time, w.status, s.signed_up_at, s.signed_up_by
				from walk_signup s join walk w on w.id = s.walk_id where s.walker_id = :id order by w.walk_date, w.id
				""").param("id", walkerId).query().listOfRows());
		sections.put("walk", jdbc.sql("""
				select id as walk_id, walk_date, start_time, end_time, status from walk
				where team_leader_id = :id order by walk_date, id
				""").param("id", walkerId).query().listOfRows());
		sections.put("walk_attendance", jdbc.sql("""
				select w.id as walk_id, w.walk_date, a.unplanned, w.checked_in_at, w.checked_out_at
				from walk_attendance a join walk w on w.id = a.walk_id where a.walker_id = :id order by w.walk_date, w.id
				""").param("id", walkerId).query().listOfRows());
		return sections;
	}
}
