package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/** The attester's start page is their work: each basis waiting for their attest, with its total and a link. */
@IntegrationTest
@Transactional
class AttesterStartPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	PaymentBases bases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIssuedBasisWaitsOnTheAttestersStartPageAndNotOnTheIssuers() throws Exception {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decision(Step.APPROVE, null, false), world.coordinator());
		YearMonth month = YearMonth.from(jdbc.sql("select walk_date from walk where id = :id").param("id", walk)
			.query(LocalDate.class).single());
		PaymentBasis draft = bases.prepare(2, new PaymentBases.Draft(NightTestWorld.AIK, month.atDay(1),
				month.atEndOfMonth()), world.coordinator());
		bases.issue(draft.id(), world.coordinator());

		String page = mvc.get().uri("/?lang=sv").cookie(new DemoLogins(mvc).session("chef")).exchange().getResponse()
			.getContentAsString();
		assertThat(page).contains("Underlag som väntar på din attest").contains("href=\"/payments/" + draft.id() + "\"")
			.contains("Älvsjö AIK").contains("kr, utfärdat");
		assertThat(mvc.get().uri("/?lang=sv").cookie(new DemoLogins(mvc).session("distrikt"))).bodyText()
			.doesNotContain("väntar på din attest");

		bases.attest(draft.id(), jdbc.sql("select id, display_name, organisation_id from user_account where username = 'chef'")
			.query((rs, row) -> new se.nattvandring.identity.CurrentUser(rs.getLong(1), "chef", rs.getString(2),
					rs.getLong(3), se.nattvandring.identity.OrganisationKind.DISTRICT_ADMINISTRATION,
					java.util.Set.of(se.nattvandring.identity.Role.ATTESTER)))
			.single());
		assertThat(mvc.get().uri("/?lang=sv").cookie(new DemoLogins(mvc).session("chef"))).bodyText()
			.doesNotContain("href=\"/payments/" + draft.id() + "\"");
	}
}
