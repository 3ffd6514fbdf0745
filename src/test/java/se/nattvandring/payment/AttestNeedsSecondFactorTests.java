package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.walk.WalkDecisions.Step;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * Money needs the second factor: an attester who signed in with a password alone is asked for a code instead of
 * attesting, the basis stays issued, and the same form sent again with a right code attests it. The coordinator's issue
 * works the same way, and a wrong code changes nothing.
 */
@IntegrationTest
@Transactional
class AttestNeedsSecondFactorTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAttesterCannotAttestUntilTheSecondFactorIsPassedInThatSession() {
		long basis = issuedBasis();
		Cookie chef = new DemoLogins(mvc).passwordOnly("chef");

		MvcTestResult asked = mvc.post().uri("/payments/" + basis + "/attest").cookie(chef).with(csrf()).exchange();

		// The refusal forwards, inside the server, to the challenge; MockMvc records a forward without following it.
		assertThat(asked.getResponse().getForwardedUrl()).isEqualTo(CHALLENGE);
		assertThat(challengeAfter("/payments/" + basis + "/attest", chef, false)).hasStatus(403).bodyText()
			.contains("<h1>Bekräfta med en engångskod</h1>").contains("action=\"/payments/" + basis + "/attest\"")
			.contains("name=\"secondFactorCode\"");
		assertThat(status(basis)).isEqualTo("ISSUED");

		MvcTestResult wrong = mvc.post().uri("/payments/" + basis + "/attest").cookie(chef).with(csrf())
			.param("secondFactorCode", "000000").exchange();
		assertThat(wrong.getResponse().getForwardedUrl()).isEqualTo(CHALLENGE);
		assertThat(challengeAfter("/payments/" + basis + "/attest", chef, true)).bodyText()
			.contains("Koden stämde inte");
		assertThat(status(basis)).isEqualTo("ISSUED");

		MvcTestResult attested = sendWithCode("/payments/" + basis + "/attest", chef);
		assertThat(attested).hasStatus3xxRedirection().hasRedirectedUrl("/payments/" + basis);
		assertThat(status(basis)).isEqualTo("ATTESTED");
		assertThat(jdbc.sql("""
				select count(*) from security_event e join user_account u on u.id = e.user_id
				where u.username = 'chef' and e.kind = 'SECOND_FACTOR_CHECK' and e.outcome = 'FAILURE'
				""").query(Long.class).single()).isPositive();
	}

	@Test
	void aCoordinatorWithoutTheFactorIsAskedBeforeIssuingAndWhatWasTypedIsKept() {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decision(Step.APPROVE, null, null), world.coordinator());
		LocalDate date = jdbc.sql("select walk_date from walk where id = :id").param("id", walk)
			.query(LocalDate.class).single();
		Cookie coordinator = new DemoLogins(mvc).passwordOnly("distrikt");

		MvcTestResult asked = mvc.post().uri("/agreements/2").cookie(coordinator).with(csrf())
			.param("name", "Ett namn som skrevs innan koden").exchange();
		assertThat(asked.getResponse().getForwardedUrl()).isEqualTo(CHALLENGE);
		assertThat(mvc.post().uri(CHALLENGE).cookie(coordinator).with(csrf())
			.requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, "/agreements/2")
			.param("name", "Ett namn som skrevs innan koden").exchange()).hasStatus(403).bodyText()
			.contains("<h1>Bekräfta med en engångskod</h1>").contains("action=\"/agreements/2\"")
			.containsPattern("name=\"name\"\\s+value=\"Ett namn som skrevs innan koden\"");

		mvc.post().uri("/agreements/2/payments").cookie(coordinator).with(csrf()).param("associationId", "2")
			.param("period", date.toString()).exchange();
		long basis = jdbc.sql("select max(id) from payment_basis").query(Long.class).single();
		assertThat(mvc.post().uri("/payments/" + basis + "/issue").cookie(coordinator).with(csrf()).exchange()
			.getResponse().getForwardedUrl()).isEqualTo(CHALLENGE);
		assertThat(status(basis)).isEqualTo("DRAFT");
		sendWithCode("/payments/" + basis + "/issue", coordinator);
		assertThat(status(basis)).isEqualTo("ISSUED");
	}

	@Test
	void anApiCallOnASessionWithoutTheFactorIsRefusedWithItsReasonAndATokenCallIsNot() {
		long basis = issuedBasis();
		Cookie chef = new DemoLogins(mvc).passwordOnly("chef");

		MvcTestResult refused = mvc.post().uri("/api/v1/payment-bases/" + basis + "/attest").cookie(chef).with(csrf())
			.exchange();

		assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.reason").isEqualTo("secondFactor");
		assertThat(status(basis)).isEqualTo("ISSUED");
		assertThat(mvc.post().uri("/api/v1/payment-bases/" + basis + "/attest")
			.header("Authorization", DemoLogins.bearer("chef")).exchange()).hasStatus2xxSuccessful();
		assertThat(status(basis)).isEqualTo("ATTESTED");
	}

	private static final String CHALLENGE = "/second-factor/challenge";

	/** The challenge page as the forward shows it: the refused action's address and fields. */
	private MvcTestResult challengeAfter(String action, Cookie session, boolean failed) {
		var request = mvc.post().uri(CHALLENGE).cookie(session).with(csrf())
			.requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, action);
		return failed ? request.requestAttr("se.nattvandring.identity.SecondFactorFilter.FAILED", true).exchange()
				: request.exchange();
	}

	private long issuedBasis() {
		return jdbc.sql("select min(id) from payment_basis where status = 'ISSUED'").query(Long.class).single();
	}

	/** A code is accepted once per account and window; another test may have just used this one. */
	private MvcTestResult sendWithCode(String path, Cookie session) {
		MvcTestResult last = null;
		for (long ahead : new long[] { 0, 30, -30 }) {
			last = mvc.post().uri(path).cookie(session).with(csrf())
				.param("secondFactorCode", DemoLogins.codeAt(Instant.now().plusSeconds(ahead))).exchange();
			if (last.getResponse().getForwardedUrl() == null) {
				return last;
			}
		}
		return last;
	}

	private String status(long basis) {
		return jdbc.sql("select status from payment_basis where id = :id").param("id", basis).query(String.class)
			.single();
	}
}
