package se.nattvandring.volunteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The volunteer module's own part of a register extract: the walker row, training records and loans. */
@Component
class WalkerRecordHolder implements PersonalDataHolder {

	private final JdbcClient jdbc;

	WalkerRecordHolder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> tables() {
		return List.of("walker", "walker_training", "walker_loan");
	}

	@Override
	public Map<String, List<Map<String, Object>>> extract(long walkerId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("walker", jdbc.sql("""
				select w.id, o.name as association, w.name, w.phone, w.email, w.birth_date, w.status, w.informed_on,
				       w.inactive_since, w.user_account_id, w.created_at, w.updated_at
				from walker w join organisation o on o.id = w.association_id where w.id = :id
				""").param("id", walkerId).query().listOfRows());
		sections.put("walker_training", jdbc.sql("""
				select course, provider, completed_on, valid_until, confirmed_by, confirmed_at
				from walker_training where walker_id = :id order by position
				""").param("id", walkerId).query().listOfRows());
		sections.put("walker_loan", jdbc.sql("""
				select item, lent_on, returned_on from walker_loan where walker_id = :id order by position
				""").param("id", walkerId).query().listOfRows());
		return sections;
	}
}
