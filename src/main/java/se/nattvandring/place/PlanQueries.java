package se.nattvandring.place;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.PartyRole;
import se.nattvandring.place.PlanView.Approval;
import se.nattvandring.place.PlanView.Comment;
import se.nattvandring.place.PlanView.Status;
import se.nattvandring.shared.StockholmTime;

/** Read model for place plans: any number of versions in five statements, with their status on a given day. */
@Component
class PlanQueries {

	/** The date a version begins to apply: its valid-from date, or the day its last approval came if that is later. */
	static final String APPLIES_FROM = "greatest(pp.valid_from, (pp.in_force_since at time zone 'Europe/Stockholm')::date)";

	record PlanRow(long id, long agreementId, int versionNumber, LocalDate validFrom, String note, String draftedBy,
			Instant draftedAt, Instant inForceSince) {
	}

	private final JdbcClient jdbc;

	private final PlaceQueries places;

	PlanQueries(JdbcClient jdbc, PlaceQueries places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	/** The version that applied on {@code date}: the newest approved one whose start had come. */
	Optional<Long> inForceOn(long agreementId, LocalDate date) {
		return jdbc.sql("select pp.id from place_plan pp where pp.agreement_id = :a and pp.in_force_since is not null"
				+ " and " + APPLIES_FROM + " <= :d order by pp.version_number desc limit 1")
			.param("a", agreementId).param("d", date).query(Long.class).optional();
	}

	/** The newest, not yet approved versions in which the given party is required and has not approved. */
	List<PlacePlans.Awaiting> awaiting(long organisationId, List<String> roles) {
		return jdbc.sql("""
				select pp.id, pp.agreement_id, a.title, pp.version_number, pp.valid_from
				from place_plan pp
				join agreement a on a.id = pp.agreement_id
				join place_plan_required_party rp on rp.plan_id = pp.id
				where rp.organisation_id = :org and rp.role in (:roles) and pp.in_force_since is null
				  and pp.version_number = (select max(x.version_number) from place_plan x
				                           where x.agreement_id = pp.agreement_id)
				  and not exists (select 1 from place_plan_response r where r.plan_id = pp.id
				                  and r.organisation_id = rp.organisation_id and r.role = rp.role
				                  and r.decision = 'APPROVED')
				order by pp.valid_from, pp.id limit 100""")
			.param("org", organisationId).param("roles", roles)
			.query((rs, i) -> new PlacePlans.Awaiting(rs.getLong("id"), rs.getLong("agreement_id"),
					rs.getString("title"), rs.getInt("version_number"), rs.getObject("valid_from", LocalDate.class)))
			.list();
	}

	List<PlanView> versions(long agreementId, LocalDate today) {
		List<PlanRow> rows = jdbc.sql("""
				select id, agreement_id, version_number, valid_from, note, drafted_by, drafted_at, in_force_since
				from place_plan pp where agreement_id = :a order by version_number desc""")
			.param("a", agreementId)
			.query((rs, i) -> new PlanRow(rs.getLong("id"), rs.getLong("agreement_id"), rs.getInt("version_number"),
					rs.getObject("valid_from", LocalDate.class), rs.getString("note"), rs.getString("drafted_by"),
					rs.getTimestamp("drafted_at").toInstant(),
					rs.getTimestamp("in_force_since") == null ? null : rs.getTimestamp("in_force_since").toInstant()))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(PlanRow::id).toList();
		Map<Long, List<Long>> placeIds = jdbc.sql("""
				select plan_id, place_id from place_plan_place where plan_id in (:ids) order by plan_id, position""")
			.param("ids", ids).query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, PlaceView> placesById = places.byIds(placeIds.values().stream().flatMap(List::stream).distinct().toList())
			.stream().collect(Collectors.toMap(PlaceView::id, Function.identity()));
		Map<Long, List<Approval>> approvals = approvals(ids);
		Map<Long, List<Comment>> comments = comments(ids);
		Long applying = inForceOn(agreementId, today).orElse(null);
		int latest = rows.get(0).versionNumber();
		List<PlanView> views = new ArrayList<>();
		for (PlanRow row : rows) {
			views.add(new PlanView(row.id(), row.agreementId(), row.versionNumber(), row.validFrom(), row.note(),
					row.draftedBy(), row.draftedAt(), row.inForceSince(), status(row, applying, latest, today),
					placeIds.getOrDefault(row.id(), List.of()).stream().map(placesById::get).toList(),
					approvals.getOrDefault(row.id(), List.of()), comments.getOrDefault(row.id(), List.of())));
		}
		return views;
	}

	private static Status status(PlanRow row, Long applying, int latest, LocalDate today) {
		if (row.inForceSince() == null) {
			return row.versionNumber() == latest ? Status.AWAITING_APPROVAL : Status.SUPERSEDED;
		}
		if (Long.valueOf(row.id()).equals(applying)) {
			return Status.IN_FORCE;
		}
		LocalDate appliesFrom = row.inForceSince().atZone(StockholmTime.ZONE).toLocalDate();
		boolean future = row.validFrom().isAfter(today) || appliesFrom.isAfter(today);
		return future ? Status.APPROVED_UPCOMING : Status.REPLACED;
	}

	private Map<Long, List<Approval>> approvals(Collection<Long> ids) {
		return jdbc.sql("""
				select rp.plan_id, rp.organisation_id, o.name, rp.role, r.responded_by, r.responded_at
				from place_plan_required_party rp join organisation o on o.id = rp.organisation_id
				left join place_plan_response r on r.plan_id = rp.plan_id and r.organisation_id = rp.organisation_id
				     and r.role = rp.role and r.decision = 'APPROVED'
				where rp.plan_id in (:ids) order by rp.plan_id, rp.position""")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong("plan_id"), new Approval(rs.getLong("organisation_id"),
					rs.getString("name"), PartyRole.valueOf(rs.getString("role")), rs.getString("responded_by"),
					rs.getTimestamp("responded_at") == null ? null : rs.getTimestamp("responded_at").toInstant())))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private Map<Long, List<Comment>> comments(Collection<Long> ids) {
		return jdbc.sql("""
				select r.plan_id, o.name, r.role, r.responded_by, r.responded_at, r.comment
				from place_plan_response r join organisation o on o.id = r.organisation_id
				where r.plan_id in (:ids) and r.decision = 'COMMENTED' order by r.plan_id, r.position""")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong("plan_id"), new Comment(rs.getString("name"),
					PartyRole.valueOf(rs.getString("role")), rs.getString("responded_by"),
					rs.getTimestamp("responded_at").toInstant(), rs.getString("comment"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}
}
