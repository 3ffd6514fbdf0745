package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** The calendar, the planning form and a walk's team, as the contact and the walker use them in the browser. */
@IntegrationTest
class WalkPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Cookie as(String user) {
		return new DemoLogins(mvc).session(user);
	}

	@Test
	void theCalendarMarksHolidaysAndPeakNightsAndCountsTheQuota() {
		var october = mvc.get().uri("/walks?agreement=1&month=2024-10").cookie(as("aik")).exchange();
		var current = mvc.get().uri("/walks?agreement=2").cookie(as("aik")).exchange();

		assertThat(october).hasStatusOk().bodyText().contains("Halloween").contains("Alla helgons dag")
			.contains("Kvällen före alla helgons dag").contains("Oktober 2024");
		assertThat(current).hasStatusOk().bodyText().contains("av 100 ersättningsenheter kvar").containsPattern("budgettaket 340.000.kr");
	}

	@Test
	@Transactional // the demo world stays as the demo made it
	void aContactPlansAWalkWithTheFormAndLandsOnIt() {
		int year = StockholmTime.today(clock).getYear();
		var result = mvc.post().uri("/walks").cookie(as("aik")).with(csrf()).param("agreementId", "2")
			.param("associationId", "2").param("date", year + "-12-15").param("start", "19:00").param("end", "22:00")
			.param("meetingPoint", "Älvsjö centrum").exchange();

		assertThat(result).hasStatus3xxRedirection();
		String walk = result.getResponse().getRedirectedUrl();
		assertThat(walk).matches("/walks/\\d+");
		assertThat(mvc.get().uri(walk).cookie(as("aik")).exchange()).hasStatusOk().bodyText()
			.contains("Älvsjö centrum").contains("19:00–22:00");
	}

	@Test
	void aRefusedPlanComesBackWithTheReasonAndEverythingTyped() {
		var result = mvc.post().uri("/walks").cookie(as("aik")).with(csrf()).param("agreementId", "1")
			.param("associationId", "2").param("date", "2023-05-05").param("start", "21:00").param("end", "01:00")
			.param("meetingPoint", "Solberga torg").param("minTeam", "4").exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyText().contains("utanför avtalets period");
		assertThat(result).bodyText().contains("value=\"Solberga torg\"").contains("value=\"2023-05-05\"")
			.contains("value=\"4\"");
	}

	@Test
	@Transactional // the demo world stays as the demo made it
	void withHtmxTheContactsAssignmentAnswersWithTheTeamSectionOnly() {
		long walk = jdbc.sql("""
				select w.id from walk w where w.agreement_id = 2 and w.association_id = 3 and w.status = 'PLANNED'
				and w.starts_at > now() + interval '1 day' order by w.starts_at desc limit 1""").query(Long.class).single();
		long walker = freeWalkerOf(walk, "Tove Lindgren", "Vera Engström", "William Ahmed");

		var result = mvc.post().uri("/walks/" + walk + "/signups").cookie(as("folkparken")).with(csrf())
			.header("HX-Request", "true").param("walkerId", String.valueOf(walker)).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().startsWith("<section").contains("id=\"team\"")
			.contains("Nattvandraren är tillagd").doesNotContain("<html");
		assertThat(result).bodyText().contains(jdbc.sql("select name from walker where id = :id").param("id", walker)
			.query(String.class).single());
	}

	@Test
	@Transactional // the demo world stays as the demo made it
	void withoutHtmxASignUpRedirectsBackToTheWalk() {
		long walk = jdbc.sql("""
				select w.id from walk w where w.agreement_id = 2 and w.association_id = 3 and w.status = 'PLANNED'
				and w.starts_at > now() + interval '1 day' order by w.starts_at desc limit 1 offset 1""")
			.query(Long.class).single();
		long walker = freeWalkerOf(walk, "Sven Dahl", "Ulf Sandberg", "Agnes Falk");

		var result = mvc.post().uri("/walks/" + walk + "/signups").cookie(as("folkparken")).with(csrf())
			.param("walkerId", String.valueOf(walker)).exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/walks/" + walk);
		assertThat(result).flash().containsEntry("notice", "signup.assigned");
		assertThat(jdbc.sql("select count(*) from walk_signup where walk_id = :walk and walker_id = :walker")
			.param("walk", walk).param("walker", walker).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anIneligibleWalkerIsOfferedWithTheReasonAndRefusedWithIt() {
		long walk = jdbc.sql("""
				select w.id from walk w where w.agreement_id = 2 and w.association_id = 2 and w.status = 'PLANNED'
				and w.starts_at > now() + interval '1 day' order by w.starts_at desc limit 1""").query(Long.class).single();
		long untrained = jdbc.sql("select id from walker where name = 'Kim Larsson'").query(Long.class).single();

		assertThat(mvc.get().uri("/walks/" + walk).cookie(as("aik")).exchange()).bodyText()
			.contains("Kim Larsson – kan inte: Nattvandraren saknar utbildning");
		var refused = mvc.post().uri("/walks/" + walk + "/signups").cookie(as("aik")).with(csrf())
			.header("HX-Request", "true").param("walkerId", String.valueOf(untrained)).exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("role=\"alert\"").contains("saknar utbildning");
	}

	@Test
	@Transactional // the demo world stays as the demo made it
	void theCoordinatorSetsTheNightNumbersAndTheRuleForLeaders() {
		var saved = mvc.post().uri("/agreements/1/night-settings").cookie(as("distrikt")).with(csrf())
			.param("fieldAssistantsPhone", "08-555 999 00").param("teamLeaderPhone", "070-555 11 22")
			.param("leaderRule", "LEADER_ONLY").exchange();

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/agreements/1/night-settings").cookie(as("distrikt")).exchange()).bodyText()
			.contains("value=\"08-555 999 00\"").contains("value=\"070-555 11 22\"")
			.containsPattern("<option value=\"LEADER_ONLY\" selected");
		assertThat(mvc.get().uri("/walks/1/night").cookie(as("aik")).exchange()).bodyText()
			.contains("tel:08-555999").contains("070-555 11 22");
		assertThat(mvc.post().uri("/agreements/1/night-settings").cookie(as("aik")).with(csrf())
			.param("fieldAssistantsPhone", "1").exchange()).hasStatus(403);
	}

	/** One of the named (eligible) walkers who is not on the walk yet and has no other walk that night. */
	long freeWalkerOf(long walk, String... names) {
		return jdbc.sql("""
				select k.id from walker k, walk w where w.id = :walk and k.name in (:names)
				and not exists (select 1 from walk_signup s join walk o on o.id = s.walk_id
				                where s.walker_id = k.id and o.walk_date = w.walk_date)
				order by k.id limit 1""").param("walk", walk).param("names", java.util.List.of(names))
			.query(Long.class).single();
	}
}
