package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementTerms;
import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.CriteriaTerms;
import se.nattvandring.agreement.AgreementTerms.PartyTerms;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Invitations;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.place.PlaceDraft;
import se.nattvandring.place.PlaceKind;
import se.nattvandring.place.Places;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.PageCrawler;
import se.nattvandring.walk.NightEntries;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.Walks;

/**
 * One installation, two districts, one association that works with both. District B holds a distinct value in every
 * field it fills, each containing "Kanarie", and a walk of the shared association reported in it. Every page each
 * district A role reaches by its links, and every list of the API, must show none of them; district B's people must
 * see nothing of district A's; the association sees both agreements. A query that forgets the district fails here.
 */
@IntegrationTest
@Transactional
class TwoDistrictsTests {

	private static final String CANARY = "anarie";

	private static final List<String> DISTRICT_A = List.of("distrikt", "chef", "namnd", "falt", "admin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Invitations invitations;

	@Autowired
	Agreements agreements;

	@Autowired
	Places places;

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long agreementB;

	long walkB;

	@BeforeEach
	void districtB() {
		Organisation district = organisations.register(new Organisation(null, "Kanarie stadsdelsförvaltning",
				OrganisationKind.DISTRICT_ADMINISTRATION, "212000-0175", null));
		Map<String, Set<Role>> staff = Map.of("b-samordnare", Set.of(Role.DISTRICT_COORDINATOR), "b-attest",
				Set.of(Role.ATTESTER), "b-namnd", Set.of(Role.BOARD), "b-admin", Set.of(Role.ADMIN), "b-falt",
				Set.of(Role.FIELD_ASSISTANT));
		staff.forEach((username, roles) -> {
			CurrentUser user = accounts.create(username, "Kanarie " + username, DemoLogins.PASSWORD, district, roles);
			accounts.updateContact(user.userId(), user.displayName(), username + "@kanarie.example");
			tokens.issueWithSecret(user.userId(), "test", "demo-token-" + username);
		});
		CurrentUser coordinator = new CurrentUser(0, "b-samordnare", "Kanarie", district.requiredId(),
				OrganisationKind.DISTRICT_ADMINISTRATION, Set.of(Role.DISTRICT_COORDINATOR));
		// District B adds Älvsjö AIK by its organisation number, as a district that starts to work with it would.
		String aikNumber = jdbc.sql("select organisation_number from organisation where id = :id")
			.param("id", NightTestWorld.AIK).query(String.class).single();
		assertThat(invitations.addPartner(new Invitations.NewPartner("Älvsjö AIK", aikNumber,
				OrganisationKind.ASSOCIATION, "Maria Holm", "maria.holm@exempel.se"), coordinator).reused()).isTrue();
		LocalDate today = StockholmTime.today(clock);
		agreementB = agreements.create(new AgreementTerms("Kanarieavtalet om nattvandring", "KANARIE 2026/1",
				today.minusDays(90), "Kanarieområdet", "Kanariesyftet", today.minusDays(60), today.plusDays(300), null,
				List.of(), List.of(new PartyTerms(district.requiredId(), PartyRole.PRINCIPAL),
						new PartyTerms(NightTestWorld.AIK, PartyRole.ASSOCIATION)),
				new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1234"), null, null, PaymentCadence.MONTHLY,
						null, null, null, null),
				new CriteriaTerms(1, 18, false, LocalTime.of(19, 0), LocalTime.of(1, 0), 60, 7), null),
				coordinator).requiredId();
		places.add(agreementB, new PlaceDraft("Kanarieplatsen", new BigDecimal("59.21"),
				new BigDecimal("18.1"), PlaceKind.PARK, Set.of(), "Kanarieanteckning", Set.of(), 1, null, null, true),
				coordinator);
		CurrentUser aik = world.contactOf(NightTestWorld.AIK);
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		var walk = walks.plan(new WalkPlan(agreementB, NightTestWorld.AIK, today.minusDays(2), LocalTime.of(19, 30),
				LocalTime.of(22, 50), "Kanarietorget", List.of(), leader.walkerId(), 1, 8, true), aik);
		walkB = walk.id();
		nights.checkIn(walkB, new NightEntries.CheckIn(List.of(leader.walkerId()), walk.startsAt()), aik);
		nights.checkOut(walkB, new NightEntries.CheckOut(walk.endsAt()), aik);
		nights.saveReport(walkB, new NightEntries.ReportEntry("Kanarierapporten", null, null, null), aik);
		nights.submitReport(walkB, new NightEntries.Submit(null), aik);
		// Tonight's overview lists walks of every agreement the reader may see: one of district B starts soon.
		var soon = clock.instant().plus(java.time.Duration.ofMinutes(40)).atZone(StockholmTime.ZONE)
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		walks.plan(new WalkPlan(agreementB, NightTestWorld.AIK, soon.toLocalDate(), soon.toLocalTime(),
				soon.toLocalTime().plusHours(3), "Kanarietorget norra", List.of(), world.walker(NightTestWorld.AIK)
					.walkerId(), 3, 8), aik);
	}

	@Test
	void noPageOrApiListOfDistrictAShowsAnythingOfDistrictB() throws Exception {
		DemoLogins logins = new DemoLogins(mvc);
		for (String role : DISTRICT_A) {
			Map<String, String> pages = new PageCrawler(mvc, 150).crawl(logins.session(role), "/");
			assertThat(pages).as("pages %s reaches", role).hasSizeGreaterThan(5);
			// The demo's administrator also runs the installation, whose pages name every district by design.
			pages.keySet().removeIf(path -> path.startsWith("/installation/") || path.startsWith("/admin/mail"));
			// The public accessibility statement names the bodies that answer for the service: public facts.
			pages.keySet().remove("/accessibility");
			pages.forEach((path, body) -> assertThat(body.toLowerCase()).as("%s as %s", path, role)
				.doesNotContain(CANARY));
			List<String> lists = new ArrayList<>(apiLists());
			// The lists run oldest first over the demo's seasons; these read the days district B walks.
			LocalDate today = StockholmTime.today(clock);
			lists.add("/api/v1/walks?from=" + today.minusDays(3) + "&to=" + today.plusDays(1));
			lists.add("/walks/tonight");
			for (String list : lists) {
				var request = list.startsWith("/api/") ? mvc.get().uri(list).header("Authorization",
						DemoLogins.bearer(role)) : mvc.get().uri(list).cookie(logins.session(role));
				String body = request.exchange().getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				assertThat(body.toLowerCase()).as("%s as %s", list, role).doesNotContain(CANARY);
			}
			assertThat(mvc.get().uri("/agreements/" + agreementB).cookie(logins.session(role))).hasStatus(404);
			assertThat(mvc.get().uri("/walks/" + walkB).cookie(logins.session(role))).hasStatus(404);
			assertThat(mvc.get().uri("/api/v1/walks/" + walkB).header("Authorization", DemoLogins.bearer(role)))
				.hasStatus(404);
		}
	}

	@Test
	void districtBsPeopleSeeNothingOfDistrictA() throws Exception {
		// District A is the demo's district; other tests' districts in the same database are neither A nor B.
		List<String> districtA = new ArrayList<>(jdbc.sql("""
				with a_district as (select id from organisation where name = 'Hägersten-Älvsjö stadsdelsförvaltning'),
				     a_agreements as (select agreement_id from agreement_party
				                      where role = 'PRINCIPAL' and organisation_id in (select id from a_district))
				select title from agreement where id in (select agreement_id from a_agreements)
				union select case_number from agreement where id in (select agreement_id from a_agreements)
				union select meeting_point from walk where agreement_id in (select agreement_id from a_agreements)
				union select display_name from user_account where organisation_id in (select id from a_district)
				  and display_name not in (select k.name from walker k where k.name is not null)
				""").query(String.class).list());
		assertThat(districtA).contains("Karin Lindqvist", "Per Admin").hasSizeGreaterThan(8);
		DemoLogins logins = new DemoLogins(mvc);
		for (String role : List.of("b-samordnare", "b-attest", "b-namnd", "b-admin", "b-falt")) {
			Cookie session = logins.session(role);
			Map<String, String> pages = new PageCrawler(mvc, 150).crawl(session, "/");
			assertThat(String.join("\n", pages.values())).as("what %s sees", role).contains("Kanarie");
			pages.forEach((path, body) -> assertThat(body).as("%s as %s", path, role)
				.doesNotContain(districtA.toArray(String[]::new)));
			for (String list : apiLists()) {
				String body = mvc.get().uri(list).header("Authorization", DemoLogins.bearer(role)).exchange()
					.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				assertThat(body).as("%s as %s", list, role).doesNotContain(districtA.toArray(String[]::new));
			}
		}
	}

	@Test
	void theSharedAssociationSeesBothAgreementsAndEachDistrictOnlyItsOwnWalksOfIt() throws Exception {
		DemoLogins logins = new DemoLogins(mvc);
		String titleA = jdbc.sql("select title from agreement where id = :id").param("id",
				NightTestWorld.CURRENT_AGREEMENT).query(String.class).single();
		assertThat(mvc.get().uri("/agreements").cookie(logins.session("aik"))).bodyText()
			.contains("Kanarieavtalet om nattvandring").contains(titleA);
		assertThat(mvc.get().uri("/api/v1/walks?agreement=" + agreementB).header("Authorization",
				DemoLogins.bearer("aik"))).bodyText().contains("Kanarietorget");
		assertThat(mvc.get().uri("/api/v1/walks").header("Authorization", DemoLogins.bearer("b-samordnare")))
			.bodyText().contains("Kanarietorget").doesNotContain("Älvsjö station");
		assertThat(mvc.get().uri("/walks/" + walkB).cookie(logins.session("b-samordnare"))).hasStatusOk();
		assertThat(mvc.get().uri("/walks/" + walkB).cookie(logins.session("aik"))).hasStatusOk();
		// The installation's administrator names the districts, and no more: not their agreements or walks.
		assertThat(mvc.get().uri("/installation/districts").cookie(logins.session("admin"))).bodyText()
			.contains("Kanarie stadsdelsförvaltning, 5 personer").doesNotContain("Kanarieavtalet");
	}

	/** Every list the API document names without a path variable, read with the role's own token. */
	private List<String> apiLists() throws Exception {
		String document = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		var paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document).get("paths");
		List<String> lists = new ArrayList<>();
		paths.propertyNames().forEach(path -> {
			if (!path.contains("{") && paths.get(path).has("get") && !path.equals("/api/v1/districts")) {
				lists.add(path);
			}
		});
		assertThat(lists).contains("/api/v1/agreements", "/api/v1/walks");
		return lists;
	}
}
