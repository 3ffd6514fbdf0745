package se.nattvandring.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.agreement.AgreementDocument.CompensationView;
import se.nattvandring.agreement.AgreementDocument.PartyView;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.shared.Page;

/**
 * Read model for agreements. A page of any length costs four statements (count, agreements with their earlier
 * terms, parties, extensions); the
 * visibility rule is part of the SQL so that nothing invisible is ever loaded.
 */
@Component
class AgreementQueries {

	static final int PAGE_SIZE = 20;

	/**
	 * Everyone, administrators too, reads what their own organisation is party to: one installation serves many
	 * districts, and no role reads across them.
	 */
	private static final String VISIBLE = "exists (select 1 from agreement_party v "
			+ "where v.agreement_id = a.id and v.organisation_id = :org)";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AgreementQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** An agreement still runs while its period, or a decided extension, has not ended. */
	private static final String RUNNING = "greatest(a.period_end, (select max(e.extended_to) from agreement_extension e "
			+ "where e.agreement_id = a.id)) >= :from";

	/**
	 * @param org the reader's organisation
	 * @param runningOn only agreements that have not ended by this date, or null for all
	 */
	Page<AgreementDocument> visibleTo(long org, @Nullable LocalDate runningOn, int page) {
		int number = Math.max(0, page);
		String where = VISIBLE + (runningOn == null ? "" : " and " + RUNNING);
		LocalDate from = runningOn == null ? LocalDate.EPOCH : runningOn;
		long total = jdbc.sql("select count(*) from agreement a where " + where).param("org", org)
			.param("from", from).query(Long.class).single();
		List<Long> ids = jdbc.sql("select a.id from agreement a where " + where
				+ " order by a.period_start desc, a.id desc limit :limit offset :offset")
			.param("org", org).param("from", from).param("limit", PAGE_SIZE)
			.param("offset", (long) number * PAGE_SIZE)
			.query(Long.class).list();
		return new Page<>(documents(ids), number, PAGE_SIZE, total);
	}

	long countVisibleTo(long org) {
		return jdbc.sql("select count(*) from agreement a where " + VISIBLE)
			.param("org", org).query(Long.class).single();
	}

	Optional<AgreementDocument> visibleTo(long org, long id) {
		return isVisibleTo(org, id) ? documents(List.of(id)).stream().findFirst() : Optional.empty();
	}

	boolean sharesAgreement(long organisationId, long otherOrganisationId, PartyRole otherRole) {
		return jdbc.sql("""
				select exists (select 1 from agreement_party mine join agreement_party theirs
				               on theirs.agreement_id = mine.agreement_id
				               where mine.organisation_id = :org and theirs.organisation_id = :other
				                 and theirs.role = :role)
				""").param("org", organisationId).param("other", otherOrganisationId).param("role", otherRole.name())
			.query(Boolean.class).single();
	}

	boolean isVisibleTo(long org, long id) {
		return jdbc.sql("select exists (select 1 from agreement a where a.id = :id and " + VISIBLE + ")")
			.param("id", id).param("org", org).query(Boolean.class).single();
	}

	private List<AgreementDocument> documents(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PartyView>> parties = jdbc.sql("""
				select p.agreement_id, p.organisation_id, o.name, o.kind, p.role
				from agreement_party p join organisation o on o.id = p.organisation_id
				where p.agreement_id in (:ids) order by p.agreement_id, p.position""")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong("agreement_id"), new PartyView(rs.getLong("organisation_id"),
					rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
					PartyRole.valueOf(rs.getString("role")))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<ExtensionDecision>> extensions = jdbc.sql("""
				select agreement_id, extended_to, decided_on, decided_by, reference from agreement_extension
				where agreement_id in (:ids) order by agreement_id, extended_to""")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong("agreement_id"), new ExtensionDecision(date(rs, "extended_to"),
					date(rs, "decided_on"), rs.getString("decided_by"), rs.getString("reference"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<AgreementDocument> documents = new ArrayList<>();
		jdbc.sql("""
				select a.*, coalesce((select json_agg(row_to_json(v) order by v.effective_from)
				                      from agreement_terms_version v where v.agreement_id = a.id), '[]') as earlier_terms
				from agreement a where a.id in (:ids) order by a.period_start desc, a.id desc""")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong("id");
				List<ExtensionDecision> decided = extensions.getOrDefault(id, List.of());
				LocalDate periodEnd = date(rs, "period_end");
				LocalDate effectiveEnd = decided.stream().map(ExtensionDecision::extendedTo)
					.filter(periodEnd::isBefore).max(LocalDate::compareTo).orElse(periodEnd);
				documents.add(new AgreementDocument(id, rs.getInt("version"), rs.getString("title"),
						rs.getString("case_number"), nullableDate(rs, "decision_date"), rs.getString("area"),
						rs.getString("purpose"), date(rs, "period_start"), periodEnd,
						nullableDate(rs, "extension_possible_until"), effectiveEnd, decided,
						parties.getOrDefault(id, List.of()), compensation(rs), criteria(rs),
						new InvoicingReference(rs.getString("invoicing_peppol_id"),
								rs.getString("invoicing_reference_code"), rs.getString("invoicing_billing_address")),
						date(rs, "terms_effective_from"), earlierTerms(rs.getString("earlier_terms"))));
			});
		return documents;
	}

	private static CompensationView compensation(ResultSet rs) throws SQLException {
		Integer quota = rs.getObject("compensation_quota_per_association", Integer.class);
		return new CompensationView(CompensationUnit.valueOf(rs.getString("compensation_unit")),
				rs.getBigDecimal("compensation_rate"), rs.getBigDecimal("compensation_budget_ceiling"), quota,
				PaymentCadence.valueOf(rs.getString("compensation_cadence")),
				teamRates(rs, "compensation_rates_by_team_size"), rs.getInt("compensation_block_size"),
				IncompleteBlock.valueOf(rs.getString("compensation_incomplete_block")),
				rs.getBoolean("compensation_rate_includes_vat"));
	}

	/** The superseded terms, read with the agreement's row as a JSON array of the version table's rows. */
	private List<AgreementDocument.TermsVersionView> earlierTerms(String rows) {
		List<AgreementDocument.TermsVersionView> versions = new ArrayList<>();
		for (JsonNode row : json.readTree(rows)) {
			versions.add(new AgreementDocument.TermsVersionView(LocalDate.parse(row.get("effective_from").asString()),
					LocalDate.parse(row.get("effective_to").asString()),
					CompensationUnit.valueOf(row.get("unit").asString()),
					// numeric(12, 2) arrives through json_agg as a JSON number; öre are always two decimals.
					row.get("rate").decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN),
					AgreementDocument.TeamRateView.of(RateTable.parse(row.get("rates_by_team_size").asString())),
					row.get("block_size").asInt(), IncompleteBlock.valueOf(row.get("incomplete_block").asString()),
					new CompletionCriteria(row.get("criteria_min_walkers").asInt(), row.get("criteria_min_age").asInt(),
							row.get("criteria_training_required").asBoolean(),
							LocalTime.parse(row.get("criteria_window_start").asString()),
							LocalTime.parse(row.get("criteria_window_end").asString()),
							row.get("criteria_min_duration_minutes").asInt(),
							row.get("criteria_report_deadline_days").asInt())));
		}
		return versions;
	}

	private static List<AgreementDocument.TeamRateView> teamRates(ResultSet rs, String column) throws SQLException {
		return AgreementDocument.TeamRateView.of(RateTable.parse(rs.getString(column)));
	}

	private static CompletionCriteria criteria(ResultSet rs) throws SQLException {
		return new CompletionCriteria(rs.getInt("criteria_min_walkers"), rs.getInt("criteria_min_age"),
				rs.getBoolean("criteria_training_required"),
				rs.getObject("criteria_window_start", java.time.LocalTime.class),
				rs.getObject("criteria_window_end", java.time.LocalTime.class),
				rs.getInt("criteria_min_duration_minutes"), rs.getInt("criteria_report_deadline_days"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable LocalDate nullableDate(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
