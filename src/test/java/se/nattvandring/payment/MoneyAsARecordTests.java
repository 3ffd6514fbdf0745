package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementTerms;
import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.AgreementTerms.TeamRateTerms;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.IncompleteBlock;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.payment.PaymentBasis.Line;
import se.nattvandring.payment.PaymentBasis.LineStatus;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.ReplayClock;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * What an auditor asks of the money, season by season under rules of the agreement's own: a unit paid once whatever
 * the order of approvals and bases, deadlines judged on the server's receipt, revisions from a date, and the rule sets
 * of real municipalities. Each test makes its own agreement and rolls back.
 */
@IntegrationTest
@Transactional
class MoneyAsARecordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Seasons seasons;

	@Autowired
	Agreements agreements;

	@Autowired
	ReplayClock clock;

	@Autowired
	PaymentBases bases;

	@Autowired
	JdbcClient jdbc;

	SeasonOfOwnRules season;

	@BeforeEach
	void newSeason() {
		season = seasons.begin();
	}

	@Test
	void aWeekendPaidForItsFridayPaysNothingMoreForItsSaturdayAndNamesTheBasisThatPaidIt() {
		long agreement = season.agreement(SeasonOfOwnRules.rate("PER_WEEKEND", "3500"));
		long friday = season.approvedWalk(agreement, LocalDate.of(2026, 3, 6), 3);
		long saturday = season.reportedWalk(agreement, LocalDate.of(2026, 3, 7), 3);
		PaymentBasis first = issue(agreement, "2026-03-01", "2026-03-31");
		assertThat(first.total()).isEqualByComparingTo("3500");
		assertThat(first.paidWalkIds()).containsExactly(friday);

		season.approve(saturday);
		PaymentBasis second = bases.prepare(agreement, march(), world.coordinator());

		assertThat(second.total()).isEqualByComparingTo("0");
		assertThat(second.lines()).singleElement().satisfies(line -> {
			assertThat(line.walkIds()).containsExactly(saturday);
			assertThat(line.status()).isEqualTo(LineStatus.ALREADY_PAID);
			assertThat(line.paidByBasis()).isEqualTo(first.id());
		});
		assertThatThrownBy(() -> bases.issue(second.id(), world.coordinator()))
			.isInstanceOf(RuleViolationException.class).hasMessageContaining("payment.error.zeroTotal");
		assertThat(get("/api/v1/payment-bases/" + second.id(), "distrikt")).bodyJson()
			.extractingPath("$.lines[0].paidByBasis").asNumber().isEqualTo((int) first.id());
		assertThat(ledgerRows(agreement)).isEqualTo(1);
	}

	@Test
	void theLedgerRefusesASecondHoldingOfAUnitWhateverTheServiceDoes() {
		long agreement = season.agreement(SeasonOfOwnRules.rate("PER_EVENING", "1500"));
		season.approvedWalk(agreement, LocalDate.of(2026, 3, 6), 3);
		PaymentBasis first = issue(agreement, "2026-03-01", "2026-03-31");

		assertThatThrownBy(() -> jdbc.sql("""
				insert into payment_ledger (agreement_id, association_id, unit_key, basis_id, position, is_unit, amount)
				values (:agreement, 2, 'evening:2026-03-06', :basis, 1, true, 1500)""").param("agreement", agreement)
			.param("basis", first.id()).update()).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}

	@Test
	void aReportReceivedEightDaysAfterTheNightIsLateWhateverTimeThePhoneDeclares() {
		long agreement = season.agreement(SeasonOfOwnRules.rate("PER_WALK", "1700"));
		long walk = season.checkedOutWalk(agreement, LocalDate.of(2026, 4, 10), 3, 0);
		java.time.Instant checkedOut = world.endsAt(walk);
		try (var eightDaysLater = clock.replayAt(checkedOut.plus(Duration.ofDays(8)))) {
			String night = "/api/v1/walks/" + walk;
			assertThat(mvc.put().uri(night + "/report").header("Authorization", DemoLogins.bearer("aik"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"Lugn kväll\"}").exchange())
				.hasStatusOk();
			assertThat(mvc.post().uri(night + "/report/submit").header("Authorization", DemoLogins.bearer("aik"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"at\":\"" + checkedOut.plus(Duration.ofHours(10)) + "\"}").exchange()).hasStatusOk();
		}

		MvcTestResult criteria = get("/api/v1/walks/" + walk + "/criteria", "distrikt");
		assertThat(criteria).bodyJson().extractingPath("$.criteria[?(@.criterion == 'REPORT_DEADLINE')].outcome")
			.asArray().containsExactly("NOT_MET");
		MvcTestResult night = get("/api/v1/walks/" + walk, "distrikt");
		assertThat(night).bodyJson().extractingPath("$.night.reportSubmittedAt").asString()
			.isEqualTo(world.endsAt(walk).plus(Duration.ofHours(10)).toString());
		assertThat(night).bodyJson().extractingPath("$.night.reportReceivedAt").asString()
			.isEqualTo(world.endsAt(walk).plus(Duration.ofDays(8)).toString());
		assertThat(night).bodyJson().extractingPath("$.night.reportLate").isEqualTo(true);
		assertThat(night).bodyJson().extractingPath("$.night.registeredAfterwardsAt").asString()
			.isEqualTo(world.endsAt(walk).plus(Duration.ofDays(8)).toString());

		long inTime = season.reportedWalk(agreement, LocalDate.of(2026, 4, 17), 3, Duration.ofHours(30));
		assertThat(get("/api/v1/walks/" + inTime, "distrikt")).bodyJson().extractingPath("$.night.reportLate")
			.isEqualTo(false);
		assertThat(get("/api/v1/walks/" + inTime, "distrikt")).bodyJson()
			.extractingPath("$.night.registeredAfterwardsAt").isNull();
	}

	@Test
	void aRevisedRateAppliesFromItsDateAndTheWalkBeforeKeepsTheOldRate() {
		long agreement = season.agreement(SeasonOfOwnRules.rate("PER_WALK", "1700"));
		long before = season.approvedWalk(agreement, LocalDate.of(2026, 5, 8), 3);
		long after = season.approvedWalk(agreement, LocalDate.of(2026, 5, 22), 3);
		AgreementTerms revised = terms(agreement, new CompensationTerms(CompensationUnit.PER_WALK,
				new BigDecimal("2000"), null, null, PaymentCadence.MONTHLY));

		assertThatThrownBy(() -> agreements.revise(agreement, revised, world.coordinator()))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("effectiveFrom");
		agreements.revise(agreement, revised.from(LocalDate.of(2026, 5, 15)), world.coordinator());
		PaymentBasis may = issue(agreement, "2026-05-01", "2026-05-31");

		assertThat(may.lines()).extracting(Line::walkIds, Line::amount).containsExactly(
				org.assertj.core.groups.Tuple.tuple(List.of(before), new BigDecimal("1700.00")),
				org.assertj.core.groups.Tuple.tuple(List.of(after), new BigDecimal("2000.00")));
		assertThat(get("/api/v1/agreements/" + agreement, "distrikt")).bodyJson()
			.extractingPath("$.earlierTerms[0].rateSek").isEqualTo("1700.00");
		assertThatThrownBy(() -> agreements.revise(agreement, terms(agreement, new CompensationTerms(
				CompensationUnit.PER_WALK, new BigDecimal("2500"), null, null, PaymentCadence.MONTHLY))
			.from(LocalDate.of(2026, 5, 20)), world.coordinator()))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("effectiveFrom");
	}

	@Test
	void karlskronaPaysAThreeWalkerNight1500AndAFourWalkerNight2000ThreeTimesAYear() {
		long agreement = season.agreement(new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1500"),
				null, null, PaymentCadence.THIRDLY, List.of(new TeamRateTerms(4, new BigDecimal("2000")),
						new TeamRateTerms(3, new BigDecimal("1500"))), null, null));
		long three = season.approvedWalk(agreement, LocalDate.of(2026, 2, 6), 3);
		long four = season.approvedWalk(agreement, LocalDate.of(2026, 3, 13), 4);

		assertThatThrownBy(() -> bases.prepare(agreement, march(), world.coordinator()))
			.isInstanceOf(InvalidInputException.class);
		PaymentBasis tertial = issue(agreement, "2026-01-01", "2026-04-30");

		assertThat(tertial.lines()).extracting(Line::walkIds, Line::amount).containsExactly(
				org.assertj.core.groups.Tuple.tuple(List.of(three), new BigDecimal("1500.00")),
				org.assertj.core.groups.Tuple.tuple(List.of(four), new BigDecimal("2000.00")));
		assertThat(tertial.total()).isEqualByComparingTo("3500");
	}

	@Test
	void lidingoPaysOneBlockOf10000AfterTheSixthApprovedEvening() {
		long agreement = season.agreement(new CompensationTerms(CompensationUnit.PER_EVENING, new BigDecimal("10000"),
				null, null, PaymentCadence.MONTHLY, null, 6, IncompleteBlock.NOTHING));
		LocalDate first = LocalDate.of(2026, 6, 1);
		for (int evening = 0; evening < 5; evening++) {
			season.approvedWalk(agreement, first.plusDays(evening), 5);
		}
		assertThatThrownBy(() -> bases.prepare(agreement, new PaymentBases.Draft(SeasonOfOwnRules.AIK, first,
				LocalDate.of(2026, 6, 30)), world.coordinator())).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("payment.error.nothingToPay");

		season.approvedWalk(agreement, first.plusDays(5), 5);
		PaymentBasis june = issue(agreement, "2026-06-01", "2026-06-30");

		assertThat(june.lines()).singleElement().satisfies(block -> {
			assertThat(block.unitKey()).isEqualTo("block:1");
			assertThat(block.walkIds()).hasSize(6);
			assertThat(block.amount()).isEqualByComparingTo("10000");
		});
		assertThat(ledgerRows(agreement)).as("the block and its six evenings").isEqualTo(7);
	}

	@Test
	void agreementTermsWithAnUnknownFieldAreRefusedAndTheFieldIsNamed() {
		String body = """
				{"title":"Karlskrona","caseNumber":"KK 2026/1","area":"Nättraby","periodStart":"2026-01-01",
				 "periodEnd":"2026-12-31","parties":[{"organisationId":1,"role":"PRINCIPAL"},
				 {"organisationId":2,"role":"ASSOCIATION"}],
				 "compensation":{"unit":"PER_WALK","rateSek":1500,"cadence":"THIRDLY",
				   "rateTable":[{"minWalkers":4,"rateSek":2000}]},
				 "criteria":{"minWalkers":3,"minAge":18,"trainingRequired":true,"windowStart":"20:00",
				   "windowEnd":"01:00","minDurationMinutes":120,"reportDeadlineDays":7}}""";

		MvcTestResult refused = mvc.post().uri("/api/v1/agreements").header("Authorization", DemoLogins.bearer("distrikt"))
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
			.isEqualTo("compensation.rateTable");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().contains("ratesByTeamSize");
		MvcTestResult badValue = mvc.post().uri("/api/v1/agreements")
			.header("Authorization", DemoLogins.bearer("distrikt")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"rateTable\":[{\"minWalkers\":4,\"rateSek\":2000}]", "\"blockSize\":1")
				.replace("THIRDLY", "FORTNIGHTLY"))
			.exchange();
		assertThat(badValue).hasStatus(400).bodyJson().extractingPath("$.errors[0].message").asString()
			.contains("THIRDLY", "MONTHLY");
		assertThat(jdbc.sql("select count(*) from agreement where case_number = 'KK 2026/1'").query(Long.class)
			.single()).isZero();
	}

	private AgreementTerms terms(long agreement, CompensationTerms compensation) {
		var document = agreements.document(agreement, world.coordinator());
		return new AgreementTerms(document.title(), document.caseNumber(), document.decisionDate(), document.area(),
				null, document.periodStart(), document.periodEnd(), null, List.of(),
				document.parties().stream().map(p -> new AgreementTerms.PartyTerms(p.organisationId(), p.role()))
					.toList(),
				compensation, new AgreementTerms.CriteriaTerms(2, 20, false, java.time.LocalTime.of(19, 0),
						java.time.LocalTime.of(1, 0), 120, 7),
				null);
	}

	private PaymentBasis issue(long agreement, String from, String to) {
		PaymentBasis draft = bases.prepare(agreement, new PaymentBases.Draft(SeasonOfOwnRules.AIK,
				LocalDate.parse(from), LocalDate.parse(to)), world.coordinator());
		return bases.issue(draft.id(), world.coordinator());
	}

	private static PaymentBases.Draft march() {
		return new PaymentBases.Draft(SeasonOfOwnRules.AIK, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
	}

	private long ledgerRows(long agreement) {
		return jdbc.sql("select count(*) from payment_ledger where agreement_id = :a").param("a", agreement)
			.query(Long.class).single();
	}

	private MvcTestResult get(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}
}
