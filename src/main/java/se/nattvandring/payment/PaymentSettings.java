package se.nattvandring.payment;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.TextChecks;

/**
 * Per agreement: payout or invoice, and where the voucher books the cost. An agreement nobody has set yet pays out
 * and books on the defaults, which the district changes to its own chart of accounts.
 */
@Service
@Transactional(readOnly = true)
public class PaymentSettings {

	/** The expense account (lämnade bidrag), the liability it is paid from, the cost centre and the project. */
	public record Accounts(@Nullable PaymentMode mode, @Nullable String expenseAccount,
			@Nullable String payableAccount, @Nullable String costCentre, @Nullable String project,
			@Nullable String vatAccount) {

		/** Where the VAT of a VAT-registered association's invoice is booked; 2640 when none is set. */
		public String vatAccountOrDefault() {
			return vatAccount == null ? DEFAULT_VAT_ACCOUNT : vatAccount;
		}
	}

	static final String DEFAULT_VAT_ACCOUNT = "2640";

	static final Accounts DEFAULTS = new Accounts(PaymentMode.PAYOUT, "4650", "2440", null, null,
			DEFAULT_VAT_ACCOUNT);

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	PaymentSettings(JdbcClient jdbc, Agreements agreements, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.events = events;
	}

	public Accounts of(long agreementId, CurrentUser user) {
		agreements.requireVisible(agreementId, user);
		return of(agreementId);
	}

	Accounts of(long agreementId) {
		return jdbc.sql("""
				select mode, expense_account, payable_account, cost_centre, project, vat_account from payment_settings
				where agreement_id = :agreement""").param("agreement", agreementId)
			.query((rs, row) -> new Accounts(PaymentMode.valueOf(rs.getString("mode")), rs.getString("expense_account"),
					rs.getString("payable_account"), rs.getString("cost_centre"), rs.getString("project"),
					rs.getString("vat_account")))
			.optional().orElse(DEFAULTS);
	}

	@Transactional
	public Accounts configure(long agreementId, Accounts asked, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		if (!agreements.mayChange(agreement, user)) {
			throw new AccessDeniedException("The district's coordinator sets how an agreement pays");
		}
		List<FieldViolation> problems = new ArrayList<>();
		if (asked.mode() == null) {
			problems.add(new FieldViolation("mode", "error.required"));
		}
		account("expenseAccount", asked.expenseAccount(), problems);
		account("payableAccount", asked.payableAccount(), problems);
		if (asked.vatAccount() != null) {
			account("vatAccount", asked.vatAccount(), problems);
		}
		TextChecks.problem("costCentre", asked.costCentre(), false, 20).ifPresent(problems::add);
		TextChecks.problem("project", asked.project(), false, 20).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Accounts before = of(agreementId);
		jdbc.sql("""
				insert into payment_settings (agreement_id, mode, expense_account, payable_account, cost_centre, project,
				  vat_account)
				values (:agreement, :mode, :expense, :payable, :centre, :project, :vat)
				on conflict (agreement_id) do update set mode = excluded.mode,
				  expense_account = excluded.expense_account, payable_account = excluded.payable_account,
				  cost_centre = excluded.cost_centre, project = excluded.project, vat_account = excluded.vat_account""")
			.param("agreement", agreementId).param("mode", asked.mode().name()).param("expense", asked.expenseAccount())
			.param("payable", asked.payableAccount()).param("centre", blank(asked.costCentre()))
			.param("project", blank(asked.project())).param("vat", asked.vatAccountOrDefault()).update();
		Accounts after = of(agreementId);
		events.publishEvent(new PaymentEvents.SettingsChanged(agreementId, before, after));
		return after;
	}

	private static void account(String field, @Nullable String account, List<FieldViolation> problems) {
		if (account == null || !account.matches("\\d{4}")) {
			problems.add(new FieldViolation(field, "payment.error.account"));
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
