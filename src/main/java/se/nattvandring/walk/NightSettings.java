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

	public record Settings(@Nullable String fieldAssistantsPhone, LeaderRule leaderRule) {
	}

	static final Settings DEFAULT = new Settings(null, LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT);

	private final JdbcClient jdbc;

	private final Agreements agreements;

	NightSettings(JdbcClient jdbc, Agreements agreements) {
		this.jdbc = jdbc;
		this.agreements = agreements;
	}

	public Settings of(long agreementId) {
		return jdbc.sql("select field_assistants_phone, leader_rule from night_settings where agreement_id = :a")
			.param("a", agreementId)
			.query((rs, row) -> new Settings(rs.getString(1), LeaderRule.valueOf(rs.getString(2)))).optional()
			.orElse(DEFAULT);
	}

	/** The principal's coordinator sets them. */
	public void configure(long agreementId, Settings settings, CurrentUser user) {
		if (!agreements.mayChange(agreements.document(agreementId, user), user)) {
			throw new AccessDeniedException("The principal's coordinator sets the night settings");
		}
		TextChecks.problem("fieldAssistantsPhone", settings.fieldAssistantsPhone(), false, 30).ifPresent(problem -> {
			throw new InvalidInputException(java.util.List.of(problem));
		});
		save(agreementId, settings);
	}

	void save(long agreementId, Settings settings) {
		jdbc.sql("""
				insert into night_settings (agreement_id, field_assistants_phone, leader_rule) values (:a, :phone, :rule)
				on conflict (agreement_id) do update set field_assistants_phone = excluded.field_assistants_phone,
				  leader_rule = excluded.leader_rule
				""").param("a", agreementId).param("phone", settings.fieldAssistantsPhone())
			.param("rule", settings.leaderRule().name()).update();
	}
}
