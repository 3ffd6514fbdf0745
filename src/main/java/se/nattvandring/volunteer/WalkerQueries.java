package se.nattvandring.volunteer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.Page;

/** Read model for walker lists: one statement per page, training and loans summarised in it. */
@Component
class WalkerQueries {

	static final int PAGE_SIZE = 50;

	private static final String SELECT = """
			select w.id, w.association_id, w.name, w.phone, w.email, w.birth_date, w.status, w.informed_on,
			       w.inactive_since, w.user_account_id is not null as invited,
			       exists (select 1 from walker_training t where t.walker_id = w.id and %1$s) as trained,
			       (select case when bool_or(t.valid_until is null) then null else max(t.valid_until) end
			          from walker_training t where t.walker_id = w.id and %1$s) as trained_until,
			       (select count(*) from walker_loan l where l.walker_id = w.id and l.returned_on is null) as open_loans
			from walker w
			""".formatted(Training.VALID_ON_DATE_SQL);

	private final JdbcClient jdbc;

	WalkerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param status null for active and inactive together; anonymised walkers are only counted */
	Page<WalkerView> page(long associationId, @Nullable WalkerStatus status, int page, LocalDate today) {
		int number = Math.max(0, page);
		String filter = " where w.association_id = :a and w.status <> 'ANONYMISED'"
				+ (status == null ? "" : " and w.status = :status");
		long total = jdbc.sql("select count(*) from walker w" + filter).param("a", associationId)
			.param("status", status == null ? "" : status.name()).query(Long.class).single();
		List<WalkerView> items = jdbc.sql(SELECT + filter + " order by w.status, w.name, w.id limit :limit offset :offset")
			.param("a", associationId).param("status", status == null ? "" : status.name()).param("date", today)
			.param("limit", PAGE_SIZE).param("offset", (long) number * PAGE_SIZE).query(this::map).list();
		return new Page<>(items, number, PAGE_SIZE, total);
	}

	/** Active walkers of an association, for pickers; an association with more is not one team. */
	List<WalkerView> active(long associationId, LocalDate today) {
		return jdbc.sql(SELECT + " where w.association_id = :a and w.status = 'ACTIVE' order by w.name, w.id limit 500")
			.param("a", associationId).param("date", today).query(this::map).list();
	}

	/** Active walkers whose training ends between today and {@code until}, soonest first. */
	List<WalkerView> trainingEnding(long associationId, LocalDate today, LocalDate until, int limit) {
		return jdbc.sql("select * from (" + SELECT + " where w.association_id = :a and w.status = 'ACTIVE') v"
				+ " where v.trained and v.trained_until between :date and :until order by v.trained_until, v.id"
				+ " limit :limit")
			.param("a", associationId).param("date", today).param("until", until).param("limit", limit)
			.query(this::map).list();
	}

	/** Login to walker, for the logins given, in one statement. */
	java.util.Map<Long, Long> walkersOfAccounts(Collection<Long> accounts) {
		java.util.Map<Long, Long> walkers = new java.util.HashMap<>();
		jdbc.sql("select user_account_id, id from walker where user_account_id in (:accounts)")
			.param("accounts", accounts).query(rs -> {
				walkers.put(rs.getLong(1), rs.getLong(2));
			});
		return walkers;
	}

	List<WalkerView> byIds(Collection<Long> ids, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where w.id in (:ids) order by w.name, w.id").param("ids", ids).param("date", today)
			.query(this::map).list();
	}

	Optional<WalkerView> byId(long id, LocalDate today) {
		return jdbc.sql(SELECT + " where w.id = :id").param("id", id).param("date", today).query(this::map)
			.optional();
	}

	/** Age and training facts of many walkers on one date, in one statement. */
	List<Eligibility.Facts> eligibilityFacts(Collection<Long> ids, LocalDate date) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select w.id, w.status, w.birth_date,
				       exists (select 1 from walker_training t where t.walker_id = w.id and %s) as trained,
				       (select max(t.valid_until) from walker_training t
				         where t.walker_id = w.id and t.valid_until < :date) as last_expiry
				from walker w where w.id in (:ids)
				""".formatted(Training.VALID_ON_DATE_SQL)).param("ids", ids).param("date", date)
			.query((rs, row) -> new Eligibility.Facts(rs.getLong("id"), WalkerStatus.valueOf(rs.getString("status")),
					rs.getObject("birth_date", LocalDate.class), rs.getBoolean("trained"),
					rs.getObject("last_expiry", LocalDate.class)))
			.list();
	}

	private WalkerView map(ResultSet rs, int row) throws SQLException {
		return new WalkerView(rs.getLong("id"), rs.getLong("association_id"), rs.getString("name"),
				rs.getString("phone"), rs.getString("email"), rs.getObject("birth_date", LocalDate.class),
				WalkerStatus.valueOf(rs.getString("status")), rs.getObject("informed_on", LocalDate.class),
				rs.getObject("inactive_since", LocalDate.class), rs.getBoolean("invited"), rs.getBoolean("trained"),
				rs.getObject("trained_until", LocalDate.class), rs.getInt("open_loans"));
	}
}
