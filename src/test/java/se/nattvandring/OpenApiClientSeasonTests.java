package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.nattvandring.shared.StockholmTime;
import se.nattvandring.client.ApiClient;
import se.nattvandring.client.ApiException;
import se.nattvandring.client.api.AgreementsApi;
import se.nattvandring.client.api.ApprovalApi;
import se.nattvandring.client.api.OrganisationsApi;
import se.nattvandring.client.api.PaymentApi;
import se.nattvandring.client.api.PlacePlansApi;
import se.nattvandring.client.api.PlacesApi;
import se.nattvandring.client.api.WalkNightApi;
import se.nattvandring.client.api.WalkersApi;
import se.nattvandring.client.api.WalksApi;
import se.nattvandring.client.model.AgreementDocument;
import se.nattvandring.client.model.AgreementTerms;
import se.nattvandring.client.model.Answer;
import se.nattvandring.client.model.Approval;
import se.nattvandring.client.model.CheckIn;
import se.nattvandring.client.model.CheckOut;
import se.nattvandring.client.model.CompensationTerms;
import se.nattvandring.client.model.CriteriaEvaluation;
import se.nattvandring.client.model.CriteriaTerms;
import se.nattvandring.client.model.Decided;
import se.nattvandring.client.model.Decision;
import se.nattvandring.client.model.Draft;
import se.nattvandring.client.model.ObservationEntry;
import se.nattvandring.client.model.PartyTerms;
import se.nattvandring.client.model.PaymentBasis;
import se.nattvandring.client.model.PlaceDraft;
import se.nattvandring.client.model.PlaceView;
import se.nattvandring.client.model.PlanDraft;
import se.nattvandring.client.model.PlanView;
import se.nattvandring.client.model.Receipt;
import se.nattvandring.client.model.ReportEntry;
import se.nattvandring.client.model.SignUpRequest;
import se.nattvandring.client.model.Submit;
import se.nattvandring.client.model.TrainingDraft;
import se.nattvandring.client.model.VisitEntry;
import se.nattvandring.client.model.WalkDocument;
import se.nattvandring.client.model.WalkPlan;
import se.nattvandring.client.model.WalkView;
import se.nattvandring.client.model.WalkerDraft;
import se.nattvandring.client.model.WalkerView;
import se.nattvandring.client.model.Youth;

/**
 * A season run only through the client generated from the committed OpenAPI document, which
 * {@link OpenApiContractTests} holds to what the server serves: whatever an integrator's generated client cannot do
 * here, the document does not really offer. The client reads answers strictly (an unknown field fails), so a
 * field the server sends and the document does not name fails the build too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiClientSeasonTests {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	@LocalServerPort
	int port;

	@Test
	void aSeasonFromAgreementToAttestedBasisThroughTheGeneratedClient() throws Exception {
		ApiClient district = client("distrikt");
		ApiClient association = client("aik");
		ApiClient foundation = client("stiftelsen");
		Map<Long, ApiClient> byOrganisation = new HashMap<>();
		for (ApiClient party : List.of(district, association, foundation)) {
			byOrganisation.put(new OrganisationsApi(party).meOrganisation().getOrganisation().getId(), party);
		}
		long districtId = new OrganisationsApi(district).meOrganisation().getOrganisation().getId();
		long associationId = new OrganisationsApi(association).meOrganisation().getOrganisation().getId();
		assertThat(new OrganisationsApi(district).listOrganisation(0).getItems())
			.anySatisfy(organisation -> assertThat(organisation.getId()).isEqualTo(associationId));

		// A walk that began three hours ago and ends in an hour, inside an agreement written around it.
		ZonedDateTime start = Instant.now().minus(3, ChronoUnit.HOURS).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		ZonedDateTime end = start.plusHours(4);
		LocalDate periodStart = start.toLocalDate().withDayOfMonth(1).minusMonths(1);
		String caseNumber = "HÄ-API-" + UUID.randomUUID().toString().substring(0, 8);
		AgreementDocument agreement = new AgreementsApi(district).createAgreement(new AgreementTerms()
			.title("Nattvandring genom klienten").caseNumber(caseNumber).decisionDate(periodStart.minusDays(10))
			.area("Älvsjö").periodStart(periodStart).periodEnd(periodStart.plusMonths(4).minusDays(1))
			.parties(List.of(new PartyTerms().organisationId(districtId).role(PartyTerms.RoleEnum.PRINCIPAL),
					new PartyTerms().organisationId(associationId).role(PartyTerms.RoleEnum.ASSOCIATION)))
			.compensation(new CompensationTerms().unit(CompensationTerms.UnitEnum.PER_WALK).rateSek(new BigDecimal("1700"))
				.cadence(CompensationTerms.CadenceEnum.MONTHLY))
			.criteria(new CriteriaTerms().minWalkers(2).minAge(18).trainingRequired(true)
				.windowStart(start.format(HH_MM)).windowEnd(end.format(HH_MM)).minDurationMinutes(120)
				.reportDeadlineDays(7)));
		long agreementId = agreement.getId();
		assertThat(agreement.getCompensation().getRateSek()).as("money comes back exact, in öre").isEqualTo(new BigDecimal("1700.00"));
		assertThat(agreement.getCriteria().getWindowStart()).as("a time comes back as sent")
			.isEqualTo(start.format(HH_MM));

		// The places, agreed by every party the plan needs.
		PlaceView station = new PlacesApi(district).addPlace(agreementId, new PlaceDraft().name("Älvsjö station")
			.latitude(new BigDecimal("59.2790")).longitude(new BigDecimal("18.0106")).kind(PlaceDraft.KindEnum.STATION).priority(1));
		PlanView plan = new PlacePlansApi(district).draftPlacePlan(agreementId,
				new PlanDraft().validFrom(periodStart).placeIds(List.of(station.getId())));
		for (Approval awaited : plan.getApprovals()) {
			if (awaited.getApprovedBy() == null) {
				plan = new PlacePlansApi(byOrganisation.get(awaited.getOrganisationId())).answerPlacePlan(plan.getId(),
						new Answer().decision(Answer.DecisionEnum.APPROVE).signedOn(LocalDate.now(StockholmTime.ZONE)));
			}
		}
		assertThat(plan.getInForce()).isTrue();

		// Two walkers, registered by the association and trained by the foundation.
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		WalkerView anna = register(association, associationId, "Anna Klient " + suffix, LocalDate.of(1980, 4, 1));
		WalkerView bo = register(association, associationId, "Bo Klient " + suffix, LocalDate.of(1975, 9, 9));
		for (WalkerView walker : List.of(anna, bo)) {
			WalkerView trained = new WalkersApi(foundation).recordTraining(walker.getId(), new TrainingDraft()
				.course("Grundutbildning").provider("Nattvandring.nu").completedOn(periodStart.minusMonths(2)));
			assertThat(trained.getTrained()).isTrue();
		}

		WalkView walk = new WalksApi(association).plan(new WalkPlan().agreementId(agreementId)
			.associationId(associationId).date(start.toLocalDate()).start(start.format(HH_MM)).end(end.format(HH_MM))
			.meetingPoint("Älvsjö station").placeIds(List.of(station.getId())).teamLeaderId(anna.getId()).minTeam(2)
			.maxTeam(4));
		long walkId = walk.getId();
		// Next week's walk takes sign-ups; tonight's has begun, so Bo joins it at check-in, as one trained may.
		WalkView nextWeek = new WalksApi(association).plan(new WalkPlan().agreementId(agreementId)
			.associationId(associationId).date(start.toLocalDate().plusDays(7)).start(start.format(HH_MM))
			.end(end.format(HH_MM)).meetingPoint("Älvsjö station").placeIds(List.of(station.getId()))
			.teamLeaderId(anna.getId()).minTeam(2).maxTeam(4));
		WalkView signedUp = new WalksApi(association).signUpWalk(nextWeek.getId(),
				new SignUpRequest().walkerId(bo.getId()));
		assertThat(signedUp.getTeam()).anySatisfy(member -> assertThat(member.getWalkerId()).isEqualTo(bo.getId()));
		assertThat(new WalksApi(association).listWalk(agreementId, null, null, null, 0).getItems())
			.extracting(WalkView::getId).containsExactlyInAnyOrder(walkId, nextWeek.getId());

		// The night, as the phone sends it.
		WalkNightApi night = new WalkNightApi(association);
		WalkDocument checkedIn = night.checkIn(walkId, UUID.randomUUID(), new CheckIn()
			.present(List.of(anna.getId(), bo.getId())).at(start.plusMinutes(1).toOffsetDateTime()));
		assertThat(checkedIn.getWalk().getStatus()).hasToString("IN_PROGRESS");
		Receipt visited = night.visit(walkId, UUID.randomUUID(), new VisitEntry().placeId(station.getId()));
		assertThat(visited.getKind()).isEqualTo("visit");
		Receipt observed = night.observe(walkId, UUID.randomUUID(), new ObservationEntry()
			.category(ObservationEntry.CategoryEnum.YOUTH_GATHERING).placeId(station.getId())
			.youth(new Youth().age13to15(5).age16to17(2)));
		assertThat(observed.getEntryId()).isPositive();
		night.checkOut(walkId, UUID.randomUUID(), new CheckOut().at(Instant.now().atOffset(java.time.ZoneOffset.UTC)));
		night.reportWalkNight(walkId, UUID.randomUUID(), new ReportEntry().summary("Lugn kväll vid stationen.")
			.wentWell("Bra samtal.").followUp("Inget.").placeSuggestions("Parken bakom skolan."));
		WalkDocument reported = night.submitWalkNight(walkId, UUID.randomUUID(), new Submit());
		assertThat(reported.getWalk().getStatus()).hasToString("REPORTED");

		// The district's decision, on the criteria in their own units.
		CriteriaEvaluation criteria = new ApprovalApi(district).criteriaDecision(walkId);
		assertThat(criteria.getAllMet()).isTrue();
		assertThat(criteria.getCriteria()).anySatisfy(result -> {
			assertThat(result.getCriterion()).hasToString("DURATION");
			assertThat(result.getUnit()).hasToString("MINUTES");
			assertThat(result.getActual()).isGreaterThanOrEqualTo(120);
		});
		Decided approved = new ApprovalApi(district).decideDecision(walkId,
				new Decision().decision(Decision.DecisionEnum.APPROVE));
		assertThat(approved.getStatus()).hasToString("APPROVED");

		// Payment: prepared and issued by the coordinator, attested by another person.
		LocalDate month = start.toLocalDate().withDayOfMonth(1);
		PaymentBasis basis = new PaymentApi(district).preparePaymentBasis(agreementId, new Draft()
			.associationId(associationId).from(month).to(month.plusMonths(1).minusDays(1)));
		assertThat(basis.getTotal()).isEqualTo(new BigDecimal("1700.00"));
		assertThat(basis.getLines()).hasSize(1);
		PaymentBasis issued = new PaymentApi(district).issuePaymentBasis(basis.getId());
		assertThat(issued.getStatus()).hasToString("ISSUED");
		ApiException ownAttest = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
				() -> new PaymentApi(district).attestPaymentBasis(basis.getId()));
		assertThat(ownAttest.getCode()).isEqualTo(403);
		assertThat(ownAttest.getResponseBody()).contains("urn:nattvandring:problem:forbidden")
			.contains("Only the district's attester attests a payment basis");
		PaymentBasis attested = new PaymentApi(client("chef")).attestPaymentBasis(basis.getId());
		assertThat(attested.getStatus()).hasToString("ATTESTED");

		// Its documents, as frozen at issue.
		PaymentApi payment = new PaymentApi(district);
		assertThat(Files.readAllBytes(payment.pdfPaymentBasis(basis.getId()).toPath()))
			.startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		assertThat(Files.readString(payment.csvPaymentBasis(basis.getId()).toPath())).contains("1700");
		assertThat(Files.readString(payment.siePaymentBasis(basis.getId()).toPath(), StandardCharsets.ISO_8859_1))
			.contains("#VER");
		assertThat(Files.readString(payment.peppolPaymentBasis(basis.getId()).toPath())).contains("Invoice");
		assertThat(payment.hashesPaymentBasis(basis.getId())).isNotEmpty();

		// The same walk cannot be paid twice.
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> payment.preparePaymentBasis(agreementId, new Draft().associationId(associationId)
				.from(month).to(month.plusMonths(1).minusDays(1))))
			.satisfies(refused -> assertThat(refused.getCode()).isEqualTo(409));
		assertThat(attested.getTotal()).isEqualTo(new BigDecimal("1700.00"));
	}

	private static WalkerView register(ApiClient association, long associationId, String name, LocalDate born)
			throws ApiException {
		return new WalkersApi(association).registerWalker(associationId, new WalkerDraft().name(name)
			.birthDate(born).informedOn(born.plusYears(40)));
	}

	private ApiClient client(String user) {
		ApiClient client = new ApiClient();
		client.setScheme("http");
		client.setHost("localhost");
		client.setPort(port);
		client.setBasePath("");
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer demo-token-" + user)
			.header("Accept-Language", "sv"));
		// A field the server sends that the document does not name is a disagreement, not something to skip.
		client.setObjectMapper(client.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
		return client;
	}
}
