package se.nattvandring.walk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an agreement's walks in a period, for the follow-up: counts only, never a person. Four statements
 * for the figures, one for each breakdown, whatever the number of walks, each on the walk table's (agreement, date) index.
 */
@Service
@Transactional(readOnly = true)
public class WalkStatistics {

	/** The walks of the period and what their nights recorded; {@code associationId} null for all associations. */
	public record Figures(long plannedWalks, long walkedWalks, long approvedWalks, long paidWalks, long walkerNights,
			BigDecimal walkerHours, BigDecimal paidWalkerHours, long uniqueWalkers, YouthContacts youthContacts,
			Map<ObservationCategory, Long> observationsByCategory, long observationsInvolvingUnder18) {
	}

	/** Conversations with children and young people, by age band. */
	public record YouthContacts(long under13, long age13to15, long age16to17) {

		public long total() {
			return under13 + age13to15 + age16to17;
		}
	}

	/** A walk is walked once it was checked in; approved counts the paid ones too, as they were approved first. */
	static final String WALKED = "'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'RETURNED', 'APPROVED', 'REJECTED', 'PAID'";

	private static final String PERIOD = """
			w.agreement_id = :agreement and w.walk_date between :from and :to
			and (cast(:association as bigint) is null or w.association_id = :association)""";

	private final JdbcClient jdbc;

	WalkStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Figures of(long agreementId, @Nullable Long associationId, LocalDate from, LocalDate to) {
		long[] walks = new long[4];
		jdbc.sql("""
				select count(*) filter (where w.status <> 'CANCELLED') as planned,
				       count(*) filter (where w.status in (%s)) as walked,
				       count(*) filter (where w.status in ('APPROVED', 'PAID')) as approved,
				       count(*) filter (where w.status = 'PAID') as paid
				from walk w where %s""".formatted(WALKED, PERIOD))
			.params(params(agreementId, associationId, from, to)).query(rs -> {
				walks[0] = rs.getLong("planned");
				walks[1] = rs.getLong("walked");
				walks[2] = rs.getLong("approved");
				walks[3] = rs.getLong("paid");
			});
		Object[] walkers = new Object[4];
		jdbc.sql("""
				select count(*) as nights, count(distinct a.walker_id) as unique_walkers,
				       coalesce(sum(extract(epoch from (w.checked_out_at - w.checked_in_at))), 0) / 3600 as hours,
				       coalesce(sum(extract(epoch from (w.checked_out_at - w.checked_in_at)))
				                filter (where w.status = 'PAID'), 0) / 3600 as paid_hours
				from walk w join walk_attendance a on a.walk_id = w.id
				where %s and w.status in (%s)""".formatted(PERIOD, WALKED))
			.params(params(agreementId, associationId, from, to)).query(rs -> {
				walkers[0] = rs.getLong("nights");
				walkers[1] = rs.getLong("unique_walkers");
				walkers[2] = rs.getBigDecimal("hours").setScale(1, RoundingMode.HALF_UP);
				walkers[3] = rs.getBigDecimal("paid_hours").setScale(1, RoundingMode.HALF_UP);
			});
		YouthContacts youth = jdbc.sql("""
				select coalesce(sum(c.under13), 0), coalesce(sum(c.age13to15), 0), coalesce(sum(c.age16to17), 0)
				from walk w join walk_youth_contact c on c.walk_id = w.id where %s""".formatted(PERIOD))
			.params(params(agreementId, associationId, from, to))
			.query((rs, row) -> new YouthContacts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
		Map<ObservationCategory, Long> observations = zeroes();
		long[] under18 = { 0 };
		jdbc.sql("""
				select o.category, count(*) as n,
				       count(*) filter (where o.under13 + o.age13to15 + o.age16to17 > 0) as young
				from walk w join walk_observation o on o.walk_id = w.id where %s group by o.category"""
			.formatted(PERIOD)).params(params(agreementId, associationId, from, to)).query(rs -> {
				observations.put(ObservationCategory.valueOf(rs.getString("category")), rs.getLong("n"));
				under18[0] += rs.getLong("young");
			});
		return new Figures(walks[0], walks[1], walks[2], walks[3], (long) walkers[0], (BigDecimal) walkers[2],
				(BigDecimal) walkers[3], (long) walkers[1], youth, observations, under18[0]);
	}

	/**
	 * One month's planned visits, visits and observations at one place; {@code placeId} is null for observations made
	 * away from the agreed places. A planned visit is the place on the route of a walk that went out, so it reads
	 * against the visits of the same walks. A month and place with none of them is absent.
	 */
	public record MonthAtPlace(YearMonth month, @Nullable Long placeId, long plannedVisits, long visits,
			long observations, long observationsInvolvingUnder18) {
	}

	/** One statement: the routes, the visits and the observations each grouped by month and place, joined. */
	public List<MonthAtPlace> byMonthAndPlace(long agreementId, @Nullable Long associationId, LocalDate from,
			LocalDate to) {
		// Place 0 stands for "no place" inside the query, as a full join needs an equality it can hash.
		return jdbc.sql("""
				with planned as (
				  select date_trunc('month', w.walk_date)::date as month, r.place_id, count(*) as n
				  from walk w join walk_route_place r on r.walk_id = w.id where %1$s and w.status in (%2$s)
				  group by 1, 2),
				visits as (
				  select date_trunc('month', w.walk_date)::date as month, v.place_id, count(*) as n
				  from walk w join walk_visit v on v.walk_id = w.id where %1$s group by 1, 2),
				observations as (
				  select date_trunc('month', w.walk_date)::date as month, coalesce(o.place_id, 0) as place_id,
				         count(*) as n, count(*) filter (where o.under13 + o.age13to15 + o.age16to17 > 0) as young
				  from walk w join walk_observation o on o.walk_id = w.id where %1$s group by 1, 2),
				places as (
				  select coalesce(p.month, v.month) as month, coalesce(p.place_id, v.place_id) as place_id,
				         coalesce(p.n, 0) as planned, coalesce(v.n, 0) as visits
				  from planned p full join visits v on v.month = p.month and v.place_id = p.place_id)
				select coalesce(p.month, o.month) as month, coalesce(p.place_id, o.place_id) as place_id,
				       coalesce(p.planned, 0) as planned, coalesce(p.visits, 0) as visits,
				       coalesce(o.n, 0) as observations, coalesce(o.young, 0) as young
				from places p full join observations o on o.month = p.month and o.place_id = p.place_id
				order by 1, 2""".formatted(PERIOD, WALKED)).params(params(agreementId, associationId, from, to))
			.query((rs, row) -> {
				long place = rs.getLong("place_id");
				return new MonthAtPlace(YearMonth.from(rs.getDate("month").toLocalDate()), place == 0 ? null : place,
						rs.getLong("planned"), rs.getLong("visits"), rs.getLong("observations"), rs.getLong("young"));
			}).list();
	}

	/** The observations of each month by category, one statement; a month without observations is absent. */
	public Map<YearMonth, Map<ObservationCategory, Long>> observationsByMonth(long agreementId,
			@Nullable Long associationId, LocalDate from, LocalDate to) {
		Map<YearMonth, Map<ObservationCategory, Long>> months = new java.util.TreeMap<>();
		jdbc.sql("""
				select date_trunc('month', w.walk_date)::date as month, o.category, count(*) as n
				from walk w join walk_observation o on o.walk_id = w.id where %s group by 1, 2"""
			.formatted(PERIOD)).params(params(agreementId, associationId, from, to)).query(rs -> {
				months.computeIfAbsent(YearMonth.from(rs.getDate("month").toLocalDate()), month -> zeroes())
					.put(ObservationCategory.valueOf(rs.getString("category")), rs.getLong("n"));
			});
		return months;
	}

	/** One walk of the period as the export lists it: counts and times, no names and no report text. */
	public record WalkRow(long walkId, LocalDate date, String association, WalkStatus status, long walkers,
			@Nullable BigDecimal hours, long visits, long observations, long youthContacts, boolean reported) {
	}

	/** The period's walks in date order, one statement with its counts per walk, handed on one at a time. */
	public void eachWalk(long agreementId, @Nullable Long associationId, LocalDate from, LocalDate to,
			java.util.function.Consumer<WalkRow> rows) {
		jdbc.sql("""
				select w.id, w.walk_date, o.name as association, w.status, w.report_submitted_at is not null as reported,
				       extract(epoch from (w.checked_out_at - w.checked_in_at)) / 3600 as hours,
				       (select count(*) from walk_attendance a where a.walk_id = w.id) as walkers,
				       (select count(*) from walk_visit v where v.walk_id = w.id) as visits,
				       (select count(*) from walk_observation b where b.walk_id = w.id) as observations,
				       (select coalesce(sum(c.under13 + c.age13to15 + c.age16to17), 0)
				        from walk_youth_contact c where c.walk_id = w.id) as youth
				from walk w join organisation o on o.id = w.association_id
				where %s order by w.walk_date, w.start_time, w.id""".formatted(PERIOD))
			.params(params(agreementId, associationId, from, to)).query(rs -> {
				BigDecimal hours = rs.getBigDecimal("hours");
				rows.accept(new WalkRow(rs.getLong("id"), rs.getObject("walk_date", LocalDate.class),
						rs.getString("association"), WalkStatus.valueOf(rs.getString("status")), rs.getLong("walkers"),
						hours == null ? null : hours.setScale(1, RoundingMode.HALF_UP), rs.getLong("visits"),
						rs.getLong("observations"), rs.getLong("youth"), rs.getBoolean("reported")));
			});
	}

	private static Map<ObservationCategory, Long> zeroes() {
		Map<ObservationCategory, Long> counts = new EnumMap<>(ObservationCategory.class);
		for (ObservationCategory category : ObservationCategory.values()) {
			counts.put(category, 0L);
		}
		return counts;
	}

	private static Map<String, Object> params(long agreementId, @Nullable Long associationId, LocalDate from,
			LocalDate to) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("agreement", agreementId);
		params.put("association", associationId);
		params.put("from", from);
		params.put("to", to);
		return params;
	}
}
