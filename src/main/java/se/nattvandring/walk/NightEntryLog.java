package se.nattvandring.walk;

import java.sql.Timestamp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.nattvandring.walk.NightLog.Observation;
import se.nattvandring.walk.NightLog.Visit;
import se.nattvandring.walk.NightLog.YouthContact;

/**
 * Appends the night's entries, each as one insert. Before the walk is read for an entry, its row is held with
 * {@code FOR SHARE}: any number of phones may append at once, while a check-out (which updates the row) waits for them
 * and is then seen by every later entry, so no entry lands after the check-out.
 */
@Repository
class NightEntryLog {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	NightEntryLog(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Holds the walk's row until the transaction ends; call it before the walk is read. */
	void holdWalk(long walkId) {
		jdbc.sql("select id from walk where id = :id for share").param("id", walkId).query(Long.class).optional();
	}

	/** @return the id of the row appended */
	long append(NightEntry<?> entry) {
		long id = insert(entry.walkId(), entry.value());
		events.publishEvent(entry.event());
		return id;
	}

	private long insert(long walkId, Object value) {
		if (value instanceof Visit visit) {
			return jdbc.sql("""
					insert into walk_visit (walk_id, place_id, visited_at, received_at)
					values (:walk, :place, :at, :received) returning id
					""").param("walk", walkId).param("place", visit.placeId())
				.param("at", Timestamp.from(visit.visitedAt())).param("received", Timestamp.from(visit.receivedAt()))
				.query(Long.class).single();
		}
		if (value instanceof Observation o) {
			return jdbc.sql("""
					insert into walk_observation (walk_id, category, place_id, under13, age13to15, age16to17, adults,
					    help_called, note, note_flagged, observed_at, received_at)
					values (:walk, :category, :place, :under13, :age13to15, :age16to17, :adults, :help, :note,
					    :flagged, :at, :received) returning id
					""").param("walk", walkId).param("category", o.category().name()).param("place", o.placeId())
				.param("under13", o.under13()).param("age13to15", o.age13to15()).param("age16to17", o.age16to17())
				.param("adults", o.adults()).param("help", o.helpCalled()).param("note", o.note())
				.param("flagged", o.noteFlagged()).param("at", Timestamp.from(o.observedAt()))
				.param("received", Timestamp.from(o.receivedAt())).query(Long.class).single();
		}
		if (value instanceof YouthContact c) {
			return jdbc.sql("""
					insert into walk_youth_contact (walk_id, under13, age13to15, age16to17, contacted_at, received_at)
					values (:walk, :under13, :age13to15, :age16to17, :at, :received) returning id
					""").param("walk", walkId).param("under13", c.under13()).param("age13to15", c.age13to15())
				.param("age16to17", c.age16to17()).param("at", Timestamp.from(c.contactedAt()))
				.param("received", Timestamp.from(c.receivedAt())).query(Long.class).single();
		}
		throw new IllegalArgumentException("Not a night entry: " + value.getClass());
	}
}
