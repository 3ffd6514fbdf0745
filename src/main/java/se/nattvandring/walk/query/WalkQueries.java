package se.nattvandring.walk.query;

import se.nattvandring.walk.QuotaUsage;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.Page;

/**
 * Read model for walks: one statement for a page of walks with their route and team, filtered by what the asker may
 * see. Anonymised walkers are listed by number only.
 */
@Component
public class WalkQueries {

	public static final int PAGE_SIZE = 100;

	/** A month of walks for the calendar; an agreement with more walks a month than this is not walking, it is moving. */
	public static final int CALENDAR_LIMIT = 1000;

	private static final String SELECT = """
			select w.id, w.agreement_id, a.title as agreement_title, w.association_id, o.name as association_name,
			       w.walk_date, w.start_time, w.end_time, w.starts_at, w.ends_at, w.meeting_point, w.status,
			       w.min_team, w.max_team, w.team_leader_id, w.series_id::text as series_id,
			       array(select r.place_id from walk_route_place r where r.walk_id = w.id order by r.position) as route_ids,
			       array(select p.name from walk_route_place r join place p on p.id = r.place_id
			             where r.walk_id = w.id order by r.position) as route_names,
			       array(select s.walker_id from walk_signup s join walker k on k.id = s.walker_id
			             where s.walk_id = w.id order by k.name nulls last, k.id) as team_ids,
			       array(select coalesce(k.name, '#' || k.id) from walk_signup s join walker k on k.id = s.walker_id
			             where s.walk_id = w.id order by k.name nulls last, k.id) as team_names
			from walk w
			join agreement a on a.id = w.agreement_id
			join organisation o on o.id = w.association_id
			""";

	/** Who may see a walk: parties to its agreement, administrators too; a walker only their own association's. */
	private static final String VISIBLE = """
			exists (select 1 from agreement_party v where v.agreement_id = w.agreement_id
			        and v.organisation_id = :org)
			and (:walkerOrg = -1 or w.association_id = :walkerOrg)
			""";

	/** The filters of a list, each optional. */
	public record Filter(@Nullable Long agreementId, @Nullable Long associationId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	/** Who is asking, reduced to the two numbers the visibility rule needs. */
	public record Viewer(long organisationId, long walkerOrganisationId) {
	}

	private final JdbcClient jdbc;

	WalkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<WalkView> page(Filter filter, Viewer viewer, int page, int size) {
		int number = Math.max(0, page);
		String where = where(filter);
		long total = bind(jdbc.sql("select count(*) from walk w where " + where), filter, viewer)
			.query(Long.class).single();
		List<WalkView> items = bind(jdbc.sql(SELECT + " where " + where
				+ " order by w.walk_date, w.start_time, w.id limit :limit offset :offset"), filter, viewer)
			.param("limit", size).param("offset", (long) number * size).query(this::map).list();
		return new Page<>(items, number, size, total);
	}

	public Optional<WalkView> byId(long id, Viewer viewer) {
		return bind(jdbc.sql(SELECT + " where w.id = :id and " + VISIBLE), new Filter(null, null, null, null), viewer)
			.param("id", id).query(this::map).optional();
	}

	/**
	 * The visible walks in these states in a date range, oldest first, at most {@code limit}: the start pages' queues
	 * (nights to report, returned walks), which must not lose one behind a page of other walks.
	 */
	public List<WalkView> inStatus(Filter filter, java.util.Set<WalkStatus> statuses, Viewer viewer, int limit) {
		return bind(jdbc.sql(SELECT + " where " + where(filter) + " and w.status in (:statuses)"
				+ " order by w.walk_date, w.start_time, w.id limit :limit"), filter, viewer)
			.param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit)
			.query(this::map).list();
	}

	/** Planned walks starting from {@code from} until before {@code to}, for the jobs that remind and warn. */
	public List<WalkView> plannedStarting(java.time.Instant from, java.time.Instant to) {
		return jdbc.sql(SELECT + " where w.status = 'PLANNED' and w.starts_at >= :from and w.starts_at < :to"
				+ " order by w.starts_at, w.id limit :limit")
			.param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
			.param("limit", CALENDAR_LIMIT).query(this::map).list();
	}

	/** A walker's walks, or an association's, in a date range: for calendar feeds, which answer no user. */
	public List<WalkView> forFeed(@Nullable Long walkerId, @Nullable Long associationId, LocalDate from, LocalDate to) {
		String owner = walkerId != null
				? "exists (select 1 from walk_signup s where s.walk_id = w.id and s.walker_id = :owner)"
				: "w.association_id = :owner";
		return jdbc.sql(SELECT + " where " + owner + " and w.walk_date between :from and :to"
				+ " order by w.walk_date, w.start_time, w.id limit :limit")
			.param("owner", walkerId != null ? walkerId : associationId).param("from", from).param("to", to)
			.param("limit", CALENDAR_LIMIT).query(this::map).list();
	}

	/** Walks in progress that should have ended before {@code cutoff}; {@code onlyUnalerted} skips those alerted. */
	public List<WalkView> inProgressEndedBefore(java.time.Instant cutoff, boolean onlyUnalerted, @Nullable Long association) {
		return jdbc.sql(SELECT + " where w.status = 'IN_PROGRESS' and w.ends_at < :cutoff"
				+ (onlyUnalerted ? " and w.overdue_alerted_at is null" : "")
				+ (association == null ? "" : " and w.association_id = :association")
				+ " order by w.ends_at, w.id limit :limit")
			.param("cutoff", java.sql.Timestamp.from(cutoff)).param("association", association == null ? -1L : association)
			.param("limit", CALENDAR_LIMIT).query(this::map).list();
	}

	/** Planned and later walks of an agreement, oldest first, for counting against its quota and budget. */
	public List<QuotaUsage.CountedWalk> counted(long agreementId) {
		return jdbc.sql("""
				select w.id, w.association_id, w.walk_date, greatest(w.min_team,
				       (select count(*) from walk_attendance a where a.walk_id = w.id)) as walkers from walk w
				where w.agreement_id = :a and w.status not in ('CANCELLED', 'REJECTED')
				order by w.walk_date, w.start_time, w.id
				""").param("a", agreementId)
			.query((rs, row) -> new QuotaUsage.CountedWalk(rs.getLong("id"), rs.getLong("association_id"),
					rs.getObject("walk_date", LocalDate.class), rs.getInt("walkers")))
			.list();
	}

	private static String where(Filter filter) {
		List<String> parts = new ArrayList<>();
		parts.add(VISIBLE);
		if (filter.agreementId() != null) {
			parts.add("w.agreement_id = :agreement");
		}
		if (filter.associationId() != null) {
			parts.add("w.association_id = :association");
		}
		if (filter.from() != null) {
			parts.add("w.walk_date >= :from");
		}
		if (filter.to() != null) {
			parts.add("w.walk_date <= :to");
		}
		return String.join(" and ", parts);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, Viewer viewer) {
		JdbcClient.StatementSpec bound = spec.param("org", viewer.organisationId())
			.param("walkerOrg", viewer.walkerOrganisationId());
		if (filter.agreementId() != null) {
			bound = bound.param("agreement", filter.agreementId());
		}
		if (filter.associationId() != null) {
			bound = bound.param("association", filter.associationId());
		}
		if (filter.from() != null) {
			bound = bound.param("from", filter.from());
		}
		if (filter.to() != null) {
			bound = bound.param("to", filter.to());
		}
		return bound;
	}

	private WalkView map(ResultSet rs, int row) throws SQLException {
		Long[] routeIds = (Long[]) rs.getArray("route_ids").getArray();
		String[] routeNames = (String[]) rs.getArray("route_names").getArray();
		Long[] teamIds = (Long[]) rs.getArray("team_ids").getArray();
		String[] teamNames = (String[]) rs.getArray("team_names").getArray();
		List<WalkView.Stop> route = new ArrayList<>();
		for (int i = 0; i < routeIds.length; i++) {
			route.add(new WalkView.Stop(routeIds[i], routeNames[i]));
		}
		List<WalkView.Member> team = new ArrayList<>();
		for (int i = 0; i < teamIds.length; i++) {
			team.add(new WalkView.Member(teamIds[i], teamNames[i]));
		}
		Long leader = rs.getObject("team_leader_id", Long.class);
		return new WalkView(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("agreement_title"),
				rs.getLong("association_id"), rs.getString("association_name"),
				rs.getObject("walk_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
				rs.getObject("end_time", LocalTime.class), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("meeting_point"),
				WalkStatus.valueOf(rs.getString("status")), rs.getInt("min_team"), rs.getInt("max_team"),
				leader, route, team, rs.getString("series_id"));
	}
}
