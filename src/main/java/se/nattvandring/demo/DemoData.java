package se.nattvandring.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.shared.DemoMode;
import se.nattvandring.shared.StockholmTime;

/**
 * Creates the demo world once, on the first start in demo mode; the data then survives restarts like any other.
 * Runs first, so later demo steps (places, walks) find the agreements in place.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode demoMode;

	private final Organisations organisations;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Agreements agreements;

	private final Clock clock;

	DemoData(DemoMode demoMode, Organisations organisations, Accounts accounts, ApiTokens tokens,
			Agreements agreements, Clock clock) {
		this.demoMode = demoMode;
		this.organisations = organisations;
		this.accounts = accounts;
		this.tokens = tokens;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || organisations.byName(DemoOrganisations.DISTRICT).isPresent()) {
			return;
		}
		Map<String, Organisation> byName = new LinkedHashMap<>();
		DemoOrganisations.ALL.forEach(o -> byName.put(o.name(), organisations.register(o)));
		CurrentUser coordinator = null;
		for (DemoAccounts.Account account : DemoAccounts.ALL) {
			CurrentUser user = accounts.create(account.username(), account.displayName(), DemoAccounts.PASSWORD,
					byName.get(account.organisation()), Set.of(account.role()));
			tokens.issueWithSecret(user.userId(), "demo", "demo-token-" + account.username());
			if (account.username().equals("distrikt")) {
				coordinator = user;
			}
		}
		int year = StockholmTime.today(clock).getYear();
		agreements.create(DemoAgreements.seed(byName), coordinator);
		agreements.create(DemoAgreements.renewal(byName, year), coordinator);
		log.info("Demo data created: {} organisations, {} accounts, 2 agreements", byName.size(),
				DemoAccounts.ALL.size());
	}
}
