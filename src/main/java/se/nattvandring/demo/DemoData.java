package se.nattvandring.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import se.nattvandring.agreement.Agreement;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.InvoicingDetails;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.SecondFactors;
import se.nattvandring.shared.DemoMode;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.walk.NightSettings;
import se.nattvandring.walk.Walks;

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

	private final DemoPlacePlans placePlans;

	private final DemoWalkers walkers;

	private final DemoWalks walks;

	private final DemoWalkNights nights;

	private final NightSettings nightSettings;

	private final Walks walkList;

	private final DemoPayments payments;

	private final DemoEvaluation evaluation;

	private final Clock clock;

	private final SecondFactors secondFactors;

	DemoData(DemoMode demoMode, Organisations organisations, Accounts accounts, ApiTokens tokens,
			Agreements agreements, DemoPlacePlans placePlans, DemoWalkers walkers, DemoWalks walks,
			DemoWalkNights nights, NightSettings nightSettings, Walks walkList, DemoPayments payments, DemoEvaluation evaluation, Clock clock,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.payments = payments;
		this.evaluation = evaluation;
		this.nights = nights;
		this.nightSettings = nightSettings;
		this.walkList = walkList;
		this.walkers = walkers;
		this.walks = walks;
		this.placePlans = placePlans;
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
		long district = byName.get(DemoOrganisations.DISTRICT).requiredId();
		byName.values().stream().filter(o -> o.requiredId() != district)
			.forEach(o -> organisations.recordPartnership(district, o.requiredId()));
		Map<String, CurrentUser> users = new LinkedHashMap<>();
		for (DemoAccounts.Account account : DemoAccounts.ALL) {
			CurrentUser user = accounts.create(account.username(), account.displayName(), DemoAccounts.PASSWORD,
					byName.get(account.organisation()), account.roles());
			tokens.issueWithSecret(user.userId(), "demo", "demo-token-" + account.username());
			if (SecondFactors.requiredFor(user.roles())) {
				secondFactors.enrolConfirmed(user.userId(), DemoMode.SECOND_FACTOR_SECRET);
			}
			users.put(account.username(), user);
		}
		DemoAccounts.EMAILS.forEach((username, email) -> accounts.updateContact(users.get(username).userId(),
				users.get(username).displayName(), email));
		LocalDate today = StockholmTime.today(clock);
		Agreement seed = agreements.create(DemoAgreements.seed(byName), users.get("distrikt"));
		Agreement renewal = agreements.create(DemoAgreements.renewal(byName, today.getYear()), users.get("distrikt"));
		agreements.revise(renewal.requiredId(), DemoAgreements.renewalIndexed(byName, today.getYear()),
				users.get("distrikt"));
		List<Long> seedPlaces = placePlans.seed(seed, users);
		List<Long> renewalPlaces = placePlans.renewal(renewal, users, today);
		long aik = byName.get(DemoOrganisations.AIK).requiredId();
		long folkparken = byName.get(DemoOrganisations.FOLKPARKEN).requiredId();
		List<Long> aikWalkers = walkers.register(aik, DemoWalkers.AIK, users.get("aik"), users.get("stiftelsen"), today);
		List<Long> folkparkenWalkers = walkers.register(folkparken, DemoWalkers.FOLKPARKEN, users.get("folkparken"),
				users.get("stiftelsen"), today);
		walkers.connect(aikWalkers.get(0), users.get("vandrare"), users.get("aik"));
		walks.history(seed, seedPlaces, aik, aikWalkers, folkparken, folkparkenWalkers, users.get("aik"),
				users.get("folkparken"));
		nightSettings.configure(seed.requiredId(), new NightSettings.Chosen("08-555 123 45", null,
				NightSettings.LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT), users.get("distrikt"));
		nightSettings.configure(renewal.requiredId(), new NightSettings.Chosen("08-555 123 45", null,
				NightSettings.LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT), users.get("distrikt"));
		var history = walkList.between(seed.requiredId(), null, seed.period().start(), LocalDate.of(2025, 12, 31),
				users.get("distrikt"));
		nights.record(history.stream().filter(w -> w.associationId() == aik).toList(),
				DemoWalks.eligible(aikWalkers), users.get("aik"));
		nights.record(history.stream().filter(w -> w.associationId() == folkparken).toList(),
				DemoWalks.eligible(folkparkenWalkers), users.get("folkparken"));
		var recorded = walkList.between(seed.requiredId(), null, seed.period().start(), LocalDate.of(2025, 12, 31),
				users.get("distrikt"));
		payments.decide(recorded, users.get("distrikt"));
		payments.pay(seed, List.of(aik, folkparken), users.get("distrikt"), users.get("chef"));
		evaluation.write(seed.requiredId(), users.get("distrikt"), users.get("aik"), users.get("folkparken"));
		// Södra Folkparken has asked for a new bankgiro, which waits for the district to confirm it.
		Organisation folkparkenDetails = byName.get(DemoOrganisations.FOLKPARKEN);
		organisations.updateInvoicing(folkparken, new InvoicingDetails(folkparkenDetails.organisationNumber(),
				DemoOrganisations.FOLKPARKEN_NEW_BANKGIRO, null, false, folkparkenDetails.peppolId(),
				folkparkenDetails.streetAddress(), folkparkenDetails.postalCode(), folkparkenDetails.city()),
				users.get("folkparken"));
		walks.upcoming(renewal, renewalPlaces, aik, aikWalkers, folkparken, folkparkenWalkers, users.get("aik"),
				users.get("folkparken"), today);
		var toReport = walks.walkedTwoEveningsAgo(renewal, renewalPlaces, aik, aikWalkers, users.get("aik"));
		if (toReport != null) {
			nights.walkedNotReported(toReport, users.get("aik"));
		}
		log.info("Demo data created: {} organisations, {} accounts, 2 agreements with places, place plans, "
				+ "{} walkers and their walks", byName.size(), users.size(), aikWalkers.size() + folkparkenWalkers.size());
	}
}
