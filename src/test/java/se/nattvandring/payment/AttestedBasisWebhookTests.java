package se.nattvandring.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.agreement.AgreementTerms.CompensationTerms;
import se.nattvandring.agreement.CompensationUnit;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.webhook.WebhookReceiver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district's finance system hears that a basis was attested: its endpoint, registered through the API, gets a
 * Standard Webhooks message whose signature checks out with the secret it was given, and when it fails twice the
 * message arrives on the third try, on the backoff schedule, with every attempt in the delivery log.
 */
@IntegrationTest
class AttestedBasisWebhookTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Seasons seasons;

	@Autowired
	PaymentBases bases;

	@Autowired
	NightTestWorld world;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	WebhookReceiver receiver;

	long endpoint;

	@BeforeEach
	void aReceiverThatFailsTwice() throws Exception {
		receiver = new WebhookReceiver(2);
	}

	@AfterEach
	void removeTheEndpoint() {
		receiver.close();
		if (endpoint > 0) {
			mvc.delete().uri("/api/v1/webhooks/" + endpoint).header("Authorization", DemoLogins.bearer("distrikt"))
				.exchange();
		}
	}

	@Test
	void theAttestedBasisArrivesSignedOnTheThirdTryAfterTwoFailures() throws Exception {
		var registered = mvc.post().uri("/api/v1/webhooks").header("Authorization", DemoLogins.bearer("distrikt"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"%s\",\"events\":[\"basis.attested\"]}".formatted(receiver.url())).exchange();
		assertThat(registered).hasStatus(201);
		JsonNode answer = json.readTree(registered.getResponse().getContentAsString());
		endpoint = answer.get("endpoint").get("id").asLong();
		String secret = answer.get("secret").asString();
		assertThat(secret).startsWith("whsec_");

		SeasonOfOwnRules season = seasons.begin();
		long agreement = season.agreement(new CompensationTerms(CompensationUnit.PER_WALK, new BigDecimal("1700"), null,
				null, PaymentCadence.MONTHLY));
		season.approvedWalk(agreement, LocalDate.of(2026, 3, 4), 2);
		PaymentBasis draft = bases.prepare(agreement, new PaymentBases.Draft(NightTestWorld.AIK,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), world.coordinator());
		bases.issue(draft.id(), world.coordinator());
		assertThat(mvc.post().uri("/api/v1/payment-bases/" + draft.id() + "/attest")
			.header("Authorization", DemoLogins.bearer("chef"))).hasStatusOk();

		// The listener fills the queue after the attest's commit, through the event publication registry.
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from webhook_delivery where endpoint_id = :e").param("e", endpoint).query(Long.class)
			.single() == 1);
		Instant first = Instant.now();
		assertThat(WebhookReceiver.sendDue(context, endpoint, first)).isEqualTo(1);
		assertThat(WebhookReceiver.sendDue(context, endpoint, first.plusSeconds(1))).as("not due before its backoff").isZero();
		assertThat(WebhookReceiver.sendDue(context, endpoint, first.plusSeconds(6))).isEqualTo(1);
		assertThat(WebhookReceiver.sendDue(context, endpoint, first.plusSeconds(6 + 240))).as("five minutes, not four").isZero();
		assertThat(WebhookReceiver.sendDue(context, endpoint, first.plusSeconds(6 + 301))).isEqualTo(1);

		assertThat(receiver.received).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
		WebhookReceiver.Received delivered = receiver.received.get(2);
		assertThat(receiver.received).extracting(received -> received.headers().get("webhook-id")).as("one message")
			.containsOnly(delivered.headers().get("webhook-id"));
		assertThat(delivered.headers().get("webhook-signature")).isEqualTo("v1," + hmac(secret,
				delivered.headers().get("webhook-id") + "." + delivered.headers().get("webhook-timestamp") + "."
						+ delivered.body()));
		JsonNode message = json.readTree(delivered.body());
		assertThat(message.get("type").asString()).isEqualTo("basis.attested");
		assertThat(message.get("data").get("basisId").asLong()).isEqualTo(draft.id());
		assertThat(message.get("data").propertyNames()).as("ids only, never a person's data")
			.containsExactlyInAnyOrder("basisId", "agreementId", "associationId");

		var log = mvc.get().uri("/api/v1/webhooks/" + endpoint + "/deliveries")
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
		assertThat(log).bodyJson().extractingPath("$.items[0].status").isEqualTo("DELIVERED");
		assertThat(log).bodyJson().extractingPath("$.items[0].log[*].outcome").asArray()
			.containsExactly("REFUSED", "REFUSED", "DELIVERED");
		assertThat(log).bodyJson().extractingPath("$.items[0].log[*].statusCode").asArray()
			.containsExactly(500, 500, 204);
		assertThat(mvc.get().uri("/api/v1/webhooks/" + endpoint + "/deliveries")
			.header("Authorization", DemoLogins.bearer("aik"))).as("another organisation's endpoint").hasStatus(404);
	}

	/** The receiver's own check, as the specification writes it, not the product's code. */
	private static String hmac(String secret, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}
}
