package se.nattvandring.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.volunteer.PersonalDataHolder;
import se.nattvandring.volunteer.VolunteerEvents.WalkerAnonymised;

/** The mail sent to a walker and their calendar feed: shown in their register extract, erased with their identity. */
@Component
class NotificationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	NotificationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> tables() {
		return List.of("mail_message", "calendar_feed");
	}

	@Override
	public Map<String, List<Map<String, Object>>> extract(long walkerId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("mail_message", jdbc.sql("""
				select recipient, subject, body, created_at, sent_at from mail_message
				where walker_id = :id order by created_at
				""").param("id", walkerId).query().listOfRows());
		sections.put("calendar_feed", jdbc.sql("""
				select created_at, revoked_at from calendar_feed where walker_id = :id order by created_at
				""").param("id", walkerId).query().listOfRows());
		return sections;
	}

	/** In the anonymising transaction, so the walker is erased everywhere or nowhere. */
	@EventListener
	void erase(WalkerAnonymised event) {
		jdbc.sql("delete from mail_message where walker_id = :id").param("id", event.walkerId()).update();
		jdbc.sql("delete from calendar_feed where walker_id = :id").param("id", event.walkerId()).update();
	}
}
