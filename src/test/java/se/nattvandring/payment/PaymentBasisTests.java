package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * Payment bases through the API: the seed season's bases as the demo paid them, a new basis made, issued and attested
 * once by two people, and every refusal on the way. Each test rolls back what it did.
 */
@IntegrationTest
@Transactional
class PaymentBasisTests {

	static final BigDecimal RATE = new BigDecimal("1700");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Decisions decisions;

	@Autowired
	PaymentBases bases;

	@Autowired
	Accounts accounts;

	@Autowired
	PaymentCorrections corrections;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyIssuedBasisOfTheSeedAgreementTotals1700KronorTimesItsPayableWalks() {
		List<PaymentBasis> issued = jdbc.sql("select id from payment_basis where agreement_id = 1 and status <> 'DRAFT'")
			.query(Long.class).list().stream().map(id -> bases.get(id, world.coordinator())).toList();

		assertThat(issued).hasSizeGreaterThanOrEqualTo(20);
		for (PaymentBasis basis : issued) {
			long payableWalks = basis.lines().stream().filter(PaymentBasis.Line::paid)
				.mapToLong(l -> l.walkIds().size()).sum();
			assertThat(basis.total()).as("basis %d", basis.id()).isEqualByComparingTo(RATE.multiply(
					BigDecimal.valueOf(payableWalks)));
			assertThat(basis.issuedBy()).isEqualTo("distrikt");
		}
		assertThat(issued).filteredOn(b -> b.status() == BasisStatus.ATTESTED).hasSizeGreaterThanOrEqualTo(20)
			.allMatch(b -> "chef".equals(b.attestedBy()));
		long paidWalks = jdbc.sql("""
				select count(*) from walk w join payment_basis_walk p on p.walk_id = w.id and p.issued and p.paid
				where w.status = 'PAID' and w.agreement_id = 1""").query(Long.class).single();
		assertThat(paidWalks).isEqualTo(issued.stream().mapToLong(b -> b.paidWalkIds().size()).sum());
	}

	@Test
	void theApiListsTheSeedAgreementsBasesWithStatusAndTotal() {
		MvcTestResult answer = get("/api/v1/agreements/1/payment-bases", "distrikt");

		assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.items[*].status").asArray().contains("ATTESTED");
		assertThat(answer).bodyJson().extractingPath("$.total").asNumber().isNotEqualTo(0);
		assertThat(answer).bodyJson().extractingPath("$.items[?(@.status == 'ATTESTED')].total").asArray()
			.allSatisfy(total -> assertThat(new BigDecimal((String) total).remainder(new BigDecimal(1700))).isZero());
		assertThat(get("/api/v1/agreements/1/payment-bases", "aik")).hasStatusOk().bodyJson()
			.extractingPath("$.items[*].associationId").asArray().containsOnly(2);
	}

	@Test
	void aNewBasisIsMadeIssuedAndAttestedOnceAndNeverByWhoIssuedIt() {
		long walk = approvedWalk();
		YearMonth month = YearMonth.from(walkDate(walk));

		MvcTestResult made = post("/api/v1/agreements/2/payment-bases", "distrikt",
				"{\"associationId\":2,\"from\":\"" + month.atDay(1) + "\",\"to\":\"" + month.atEndOfMonth() + "\"}");
		assertThat(made).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
		long id = jdbc.sql("select max(id) from payment_basis").query(Long.class).single();
		PaymentBasis draft = bases.get(id, world.coordinator());
		assertThat(draft.paidWalkIds()).contains(walk);
		assertThat(draft.total()).isEqualByComparingTo(RATE.multiply(BigDecimal.valueOf(draft.payableUnits())));

		assertThat(post("/api/v1/payment-bases/" + id + "/attest", "chef", "")).hasStatus(409);
		assertThat(post("/api/v1/payment-bases/" + id + "/issue", "distrikt", "")).hasStatusOk().bodyJson()
			.extractingPath("$.status").isEqualTo("ISSUED");
		assertThat(world.status(walk)).isEqualTo("PAID");
		assertThat(post("/api/v1/payment-bases/" + id + "/issue", "distrikt", "")).hasStatus(409).bodyJson()
			.extractingPath("$.detail").asString().contains("redan utfärdat");
		assertThat(post("/api/v1/payment-bases/" + id + "/refresh", "distrikt", "")).hasStatus(409).bodyJson()
			.extractingPath("$.detail").asString().contains("kan inte ändras");
		assertThat(post("/api/v1/payment-bases/" + id + "/attest", "distrikt", "")).hasStatus(403);

		assertThat(post("/api/v1/payment-bases/" + id + "/attest", "chef", "")).hasStatusOk().bodyJson()
			.extractingPath("$.attestedBy").isEqualTo("chef");
		assertThat(post("/api/v1/payment-bases/" + id + "/attest", "chef", "")).hasStatus(409);
		assertThat(jdbc.sql("select status from payment_basis where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("ATTESTED");
	}

	@Test
	void somebodyWithBothRightsCannotAttestTheBasisTheyIssued() {
		long walk = approvedWalk();
		YearMonth month = YearMonth.from(walkDate(walk));
		CurrentUser both = accounts.create("samordnare-och-attest", "Sam Ordnare", "lösenord-för-test-1",
				organisations.byId(world.coordinator().organisationId()).orElseThrow(),
				Set.of(Role.DISTRICT_COORDINATOR, Role.ATTESTER));
		PaymentBasis draft = bases.prepare(2, new PaymentBases.Draft(2L, month.atDay(1), month.atEndOfMonth()), both);
		bases.issue(draft.id(), both);

		assertThatThrownBy(() -> bases.attest(draft.id(), both)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("payment.error.ownBasis");
		assertThat(bases.get(draft.id(), both).status()).isEqualTo(BasisStatus.ISSUED);
	}

	@Test
	void aWalkIsNeverPaidByTwoIssuedBases() {
		long walk = approvedWalk();
		YearMonth month = YearMonth.from(walkDate(walk));
		PaymentBases.Draft period = new PaymentBases.Draft(2L, month.atDay(1), month.atEndOfMonth());
		PaymentBasis first = bases.prepare(2, period, world.coordinator());
		PaymentBasis second = bases.prepare(2, period, world.coordinator());
		bases.issue(first.id(), world.coordinator());

		assertThatThrownBy(() -> bases.issue(second.id(), world.coordinator()))
			.isInstanceOf(RuleViolationException.class).hasMessageContaining("payment.error.outdated");
		assertThat(bases.get(second.id(), world.coordinator()).status()).isEqualTo(BasisStatus.DRAFT);
	}

	@Test
	void anIssuedBasisIsCorrectedByANewBasisWhoseCreditLinesReferToIt() {
		long original = jdbc.sql("select min(id) from payment_basis where agreement_id = 1 and status = 'ATTESTED'")
			.query(Long.class).single();
		PaymentBasis attested = bases.get(original, world.coordinator());
		long walk = attested.paidWalkIds().get(0);
		String path = "/api/v1/payment-bases/" + original + "/corrections";

		assertThat(post(path, "distrikt", "{\"walkIds\":[" + walk + "]}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("reason");
		long another = jdbc.sql("select min(walk_id) from payment_basis_walk where basis_id <> :id and paid")
			.param("id", original).query(Long.class).single();
		assertThat(post(path, "distrikt", "{\"walkIds\":[" + another + "],\"reason\":\"Stickprov\"}"))
			.hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("betalades inte");
		MvcTestResult made = post(path, "distrikt",
				"{\"walkIds\":[" + walk + "],\"reason\":\"Stickprovet fann ingen vandring den kvällen\"}");
		assertThat(made).hasStatus(201).bodyJson().extractingPath("$.correctsId").asNumber().isEqualTo((int) original);
		long correction = jdbc.sql("select max(id) from payment_basis").query(Long.class).single();
		assertThat(bases.get(correction, world.coordinator()).total()).isEqualByComparingTo("-1700");
		assertThat(bases.get(correction, world.coordinator()).lines()).singleElement()
			.satisfies(line -> assertThat(line.creditsBasis()).isEqualTo(original));
		assertThat(post(path, "distrikt", "{\"walkIds\":[" + walk + "],\"reason\":\"Igen\"}")).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("redan krediterad");

		assertThat(post("/api/v1/payment-bases/" + correction + "/issue", "distrikt", "")).hasStatusOk();
		assertThat(post("/api/v1/payment-bases/" + correction + "/attest", "chef", "")).hasStatusOk();
		assertThat(bases.get(original, world.coordinator())).isEqualTo(attested);
		assertThat(get("/api/v1/payment-bases/" + correction + "/peppol", "distrikt")).hasStatusOk().bodyText()
			.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
	}

	@Test
	void badDraftsAreRefusedWithTheirReasons() {
		assertThat(post("/api/v1/agreements/2/payment-bases", "distrikt", "{\"associationId\":2}")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().contains("from", "to");
		assertThat(post("/api/v1/agreements/2/payment-bases", "distrikt",
				"{\"associationId\":2,\"from\":\"2026-03-31\",\"to\":\"2026-03-01\"}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].message").asString().contains("före startdatumet");
		assertThat(post("/api/v1/agreements/2/payment-bases", "distrikt",
				"{\"associationId\":4,\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("associationId");
		assertThat(post("/api/v1/agreements/2/payment-bases", "distrikt",
				"{\"associationId\":2,\"from\":\"2026-03-01\",\"to\":\"2026-03-15\"}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].message").asString().contains("2026-03-31");
		assertThat(post("/api/v1/agreements/1/payment-bases", "distrikt",
				"{\"associationId\":2,\"from\":\"2024-09-01\",\"to\":\"2024-09-30\"}")).hasStatus(409).bodyJson()
			.extractingPath("$.detail").asString().contains("obetald");
		assertThat(post("/api/v1/agreements/2/payment-bases", "aik",
				"{\"associationId\":2,\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}")).hasStatus(403);
	}

	@Test
	void theBudgetCountsWhatIsSpentCommittedAndToCome() throws Exception {
		long walk = approvedWalk();

		MvcTestResult answer = get("/api/v1/agreements/2/budget", "distrikt");

		assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.ceiling").isEqualTo("340000.00");
		BigDecimal committed = new BigDecimal(answer.getResponse().getContentAsString().replaceAll(
				".*\"committed\":\"([0-9.]+)\".*", "$1"));
		long approved = jdbc.sql("select count(*) from walk where agreement_id = 2 and status = 'APPROVED'")
			.query(Long.class).single();
		assertThat(approved).isPositive();
		assertThat(committed).as("each approved walk of the term, well inside the quota, at the rate")
			.isEqualByComparingTo(RATE.multiply(BigDecimal.valueOf(approved)));
		assertThat(answer).bodyJson().extractingPath("$.walksToCome").asNumber().isEqualTo(jdbc.sql("""
				select count(*) from walk where agreement_id = 2
				  and status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'RETURNED')""")
			.query(Integer.class).single());
		assertThat(get("/api/v1/agreements/2/budget", "aik")).hasStatus(403);
		assertThat(walk).isPositive();
	}

	private long approvedWalk() {
		long walk = world.reportedWalk(3);
		decisions.decide(walk, new Decision(Step.APPROVE, null, false), world.coordinator());
		return walk;
	}

	private LocalDate walkDate(long walk) {
		return jdbc.sql("select walk_date from walk where id = :id").param("id", walk).query(LocalDate.class).single();
	}

	private MvcTestResult get(String path, String role) {
		return mvc.get().uri(path).header("Authorization", DemoLogins.bearer(role)).exchange();
	}

	private MvcTestResult post(String path, String role, String json) {
		return mvc.post().uri(path).header("Authorization", DemoLogins.bearer(role))
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}
}
