package se.nattvandring.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.Page;

/** Read model for places: one statement for a page, a map or a plan's places, reasons and sources included. */
@Component
class PlaceQueries {

	static final int PAGE_SIZE = 50;

	/** A map shows the whole catalogue; an area with more places than this is not a walking area. */
	static final int MAP_LIMIT = 1000;

	private static final String SELECT = """
			select p.id, p.agreement_id, p.name, p.latitude, p.longitude, p.kind, p.note, p.priority,
			       p.important_from, p.important_to, p.active, p.added_by_organisation_id,
			       array(select r.reason from place_reason r where r.place_id = p.id order by r.reason) as reasons,
			       array(select s.source from place_source s where s.place_id = p.id order by s.source) as sources
			from place p
			""";

	private final JdbcClient jdbc;

	PlaceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<PlaceView> page(long agreementId, int page) {
		int number = Math.max(0, page);
		long total = jdbc.sql("select count(*) from place where agreement_id = :a").param("a", agreementId)
			.query(Long.class).single();
		List<PlaceView> places = jdbc.sql(SELECT + """
				 where p.agreement_id = :a order by p.active desc, p.priority, p.name, p.id
				 limit :limit offset :offset""")
			.param("a", agreementId).param("limit", PAGE_SIZE).param("offset", (long) number * PAGE_SIZE)
			.query(this::map).list();
		return new Page<>(places, number, PAGE_SIZE, total);
	}

	List<PlaceView> all(long agreementId) {
		return jdbc.sql(SELECT + " where p.agreement_id = :a order by p.active desc, p.priority, p.name, p.id limit :limit")
			.param("a", agreementId).param("limit", MAP_LIMIT).query(this::map).list();
	}

	List<PlaceView> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where p.id in (:ids) order by p.priority, p.name, p.id").param("ids", ids)
			.query(this::map).list();
	}

	Optional<PlaceView> byId(long id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::map).optional();
	}

	private PlaceView map(ResultSet rs, int row) throws SQLException {
		return new PlaceView(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("name"),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), PlaceKind.valueOf(rs.getString("kind")),
				Arrays.stream((String[]) rs.getArray("reasons").getArray()).map(PlaceReason::valueOf).toList(),
				rs.getString("note"),
				Arrays.stream((String[]) rs.getArray("sources").getArray()).map(KnowledgeSource::valueOf).toList(),
				rs.getInt("priority"), rs.getObject("important_from", LocalTime.class),
				rs.getObject("important_to", LocalTime.class), rs.getBoolean("active"),
				rs.getObject("added_by_organisation_id", Long.class));
	}
}
