package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.approval.Decisions;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightEntries;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.Walks;

/**
 * Each role's start page is its day's work in the demo world: every queue has a count and links to the action, and a
 * new district's coordinator is told what to do first.
 */
@IntegrationTest
@Transactional
class StartPageWorkTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	NightTestWorld world;

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	Decisions decisions;

	@Autowired
	Clock clock;

	@Test
	void theDemoLeavesTheLatestMonthsBasesIssuedOnTheAttestersStartPage() throws Exception {
		long issued = jdbc.sql("select count(*) from payment_basis where status = 'ISSUED'").query(Long.class).single();
		assertThat(issued).as("the demo's latest month waits for its attest").isPositive();
		String page = home("chef");
		assertThat(page).contains("Underlag som väntar på din attest (" + issued + ")");
		assertThat(links(page, "/payments/\\d+")).isEqualTo(issued);
		assertThat(home("distrikt")).contains("Utfärdade underlag som väntar på attest (" + issued + ")");
	}

	@Test
	void theDemoContactSeesWalksShortOfWalkersAndNightsToReportEachWithALink() throws Exception {
		String page = home("aik");
		assertThat(page).contains("Kvällar att rapportera").contains("de närmaste 14 dagarna");
		assertThat(links(page, "/walks/\\d+/night")).as("nights to report").isPositive();
		assertThat(page).doesNotContain("Alla genomförda kvällar är rapporterade")
			.doesNotContain("Alla vandringar har tillräckligt många anmälda");
		assertThat(links(page, "/walks/\\d+")).as("walks short of walkers").isPositive();
	}

	@Test
	void theCoordinatorSeesReportsWaitingOldestFirstWithTheirAge() throws Exception {
		// The queue is a read model the approval module fills after each commit, the demo's too: a test that runs
		// first in a fresh application waits until every published event has been handled, as a coordinator opening
		// the app a moment later would.
		for (int tries = 0; tries < 200 && jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single() > 0; tries++) {
			Thread.sleep(100);
		}
		long waiting = jdbc.sql("""
				select count(*) from decision_queue q join organisation o on o.id = q.principal_id
				where q.decided_at is null and o.name = 'Hägersten-Älvsjö stadsdelsförvaltning'
				""").query(Long.class).single();
		String page = home("distrikt");
		assertThat(waiting).isPositive();
		assertThat(page).contains("Rapporter som väntar på ditt beslut (" + waiting + ")").contains("har väntat")
			.contains("href=\"/decisions\"").doesNotContain("Kom igång");
	}

	@Test
	void aPeriodThatHasEndedWithAnApprovedWalkWaitsForItsBasisAndAPayeeChangeForItsConfirmation() throws Exception {
		var contact = world.contactOf(NightTestWorld.AIK);
		List<Long> team = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			team.add(world.walker(NightTestWorld.AIK).walkerId());
		}
		LocalDate walked = StockholmTime.today(clock).minusMonths(1).withDayOfMonth(10);
		var walk = walks.plan(new WalkPlan(NightTestWorld.CURRENT_AGREEMENT, NightTestWorld.AIK, walked,
				LocalTime.of(19, 30), LocalTime.of(22, 50), "Älvsjö station", List.of(), team.get(0), 1, 8, true), contact);
		nights.checkIn(walk.id(), new NightEntries.CheckIn(team, walk.startsAt()), contact);
		nights.checkOut(walk.id(), new NightEntries.CheckOut(walk.endsAt()), contact);
		nights.saveReport(walk.id(), new NightEntries.ReportEntry("Lugn kväll", null, null, null), contact);
		nights.submitReport(walk.id(), new NightEntries.Submit(null), contact);
		decisions.decide(walk.id(), new Decisions.Decision(WalkDecisions.Step.APPROVE,
				"Rapporten lämnades på papper i tid.", true), world.coordinator());

		String page = home("distrikt");

		long approved = jdbc.sql("""
				select count(*) from walk where agreement_id = :a and association_id = :aik and status = 'APPROVED'
				and date_trunc('month', walk_date) = date_trunc('month', cast(:walked as date))
				""").param("a", NightTestWorld.CURRENT_AGREEMENT).param("aik", NightTestWorld.AIK).param("walked", walked)
			.query(Long.class).single();
		assertThat(page).contains("Perioder med godkända vandringar som väntar på underlag (")
			.contains("Älvsjö AIK, ").contains(": " + approved + " godkända vandringar").contains("href=\"/agreements/" + NightTestWorld.CURRENT_AGREEMENT
					+ "/payments\"")
			.contains("Södra Folkparken har ändrat sina betalningsuppgifter");
	}

	@Test
	void aNewDistrictsAdministratorAndCoordinatorAreToldWhatToDoFirst() throws Exception {
		Organisation district = organisations.register(new Organisation(null, "Nya stadsdelsförvaltningen",
				OrganisationKind.DISTRICT_ADMINISTRATION, null, null));
		accounts.create("ny-admin", "Ny Admin", DemoLogins.PASSWORD, district, Set.of(Role.ADMIN));
		assertThat(home("ny-admin")).contains("Kom igång: bjud in förvaltningens personal");
		assertThat(home("admin")).doesNotContain("Kom igång: bjud in förvaltningens personal");

		accounts.create("ny-samordnare", "Ny Samordnare", DemoLogins.PASSWORD, district,
				Set.of(Role.DISTRICT_COORDINATOR));
		String page = home("ny-samordnare");

		assertThat(page).contains("Kom igång").contains("href=\"/organisations/new\"")
			.contains("href=\"/agreements/new\"").contains("Ingen rapport väntar på beslut.");
		assertThat(mvc.get().uri("/?lang=sv").cookie(new DemoLogins(mvc).session("ny-admin"))).bodyText()
			.doesNotContain("Kom igång: bjud in förvaltningens personal");
	}

	@Test
	void theWalkersWalkTonightComesFirstAsALargeButton() throws Exception {
		String page = home("vandrare");
		long tonight = jdbc.sql("""
				select w.id from walk w join walk_signup s on s.walk_id = w.id join walker k on k.id = s.walker_id
				join user_account u on u.id = k.user_account_id
				where u.username = 'vandrare' and w.status in ('PLANNED', 'IN_PROGRESS')
				  and w.starts_at between now() - interval '3 hours' and now() + interval '2 hours'
				order by w.starts_at limit 1
				""").query(Long.class).single();
		assertThat(page).contains("class=\"button large\" href=\"/walks/" + tonight + "/night\"");
		assertThat(page.indexOf("button large")).as("first, before the other walks")
			.isLessThan(page.indexOf("Dina kommande vandringar"));
	}

	@Test
	void theBoardFindsTheEvaluationOfEachRunningAgreement() throws Exception {
		assertThat(home("namnd")).contains("Nämndens underlag")
			.contains("href=\"/agreements/" + NightTestWorld.CURRENT_AGREEMENT + "/evaluation\"");
	}

	private String home(String username) throws Exception {
		return mvc.get().uri("/?lang=sv").cookie(new DemoLogins(mvc).session(username)).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static long links(String page, String path) {
		return Pattern.compile("href=\"" + path + "\"").matcher(page).results().count();
	}
}
