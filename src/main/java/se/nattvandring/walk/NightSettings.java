package se.nattvandring.walk;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.TextChecks;

/**
 * Per agreement: the field assistants' phone on duty, shown on the night view, and who may lead a walk when the
 * appointed leader is not there. Without a row, nobody's phone is shown and any signed-up walker leads in the
 * leader's absence.
 */
@Component
public class NightSettings {

	/** Who may check in, check out and report. */
	public enum LeaderRule {
		LEADER_ONLY, ANY_SIGNED_UP_WHEN_LEADER_ABSENT, ANY_SIGNED_UP
	}

	/** @param teamLeaderPhone the association's shared team-leader phone, when it has one; else the leader's own */
	public record Chosen(@Nullable String fieldAssistantsPhone, @Nullable String teamLeaderPhone,
			LeaderRule leaderRule) {
	}

	static final Chosen DEFAULT = new Chosen(null, null, LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT);

	private final JdbcClient jdbc;

	private final Agreements agreements;

	NightSettings(JdbcClient jdbc, Agreements agreements) {
		this.jdbc = jdbc;
		this.agreements = agreements;
	}

	public Chosen of(long agreementId) {
		return jdbc.sql("select field_assistants_phone, team_leader_phone, leader_rule from night_settings"
				+ " where agreement_id = :a").param("a", agreementId)
			.query((rs, row) -> new Chosen(rs.getString(1), rs.getString(2), LeaderRule.valueOf(rs.getString(3))))
			.optional()
			.orElse(DEFAULT);
	}

	/** The settings as a party to the agreement reads them; anyone else finds no such agreement. */
	public Chosen readAs(long agreementId, CurrentUser user) {
		agreements.requireVisible(agreementId, user);
		return of(agreementId);
	}

	/** The principal's coordinator sets them. */
	public void configure(long agreementId, Chosen settings, CurrentUser user) {
		if (!agreements.mayChange(agreements.document(agreementId, user), user)) {
			throw new AccessDeniedException("The principal's coordinator sets the night settings");
		}
		java.util.List<se.nattvandring.shared.FieldViolation> problems = new java.util.ArrayList<>();
		TextChecks.problem("fieldAssistantsPhone", settings.fieldAssistantsPhone(), false, 30).ifPresent(problems::add);
		TextChecks.problem("teamLeaderPhone", settings.teamLeaderPhone(), false, 30).ifPresent(problems::add);
		if ((Object) settings.leaderRule() == null) {
			// A JSON body may leave it out; the form always sends one.
			problems.add(new se.nattvandring.shared.FieldViolation("leaderRule", "error.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		save(agreementId, settings);
	}

	void save(long agreementId, Chosen settings) {
		jdbc.sql("""
				insert into night_settings (agreement_id, field_assistants_phone, team_leader_phone, leader_rule)
				values (:a, :phone, :leader, :rule)
				on conflict (agreement_id) do update set field_assistants_phone = excluded.field_assistants_phone,
				  team_leader_phone = excluded.team_leader_phone, leader_rule = excluded.leader_rule
				""").param("a", agreementId).param("phone", settings.fieldAssistantsPhone())
			.param("leader", settings.teamLeaderPhone())
			.param("rule", settings.leaderRule().name()).update();
	}
}
