package se.nattvandring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * An endpoint that never answers well is tried on the whole backoff schedule, then the delivery gives up and the
 * endpoint is switched off, until its keeper switches it on again; an association cannot register one for the
 * district, and an address inside the network is refused in production.
 */
@IntegrationTest
class WebhookGiveUpTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	WebhookDeliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Test
	void anEndpointThatKeepsFailingIsSwitchedOffAfterTheLastAttempt() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver(Integer.MAX_VALUE)) {
			var registered = mvc.post().uri("/api/v1/webhooks").header("Authorization", DemoLogins.bearer("aik"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"%s\",\"events\":[\"walk.approved\"]}".formatted(receiver.url())).exchange();
			assertThat(registered).hasStatus(201);
			long endpoint = json.readTree(registered.getResponse().getContentAsString()).get("endpoint").get("id")
				.asLong();
			try {
				deliveries.enqueue(WebhookEvent.WALK_APPROVED, "test:" + endpoint,
						Map.of("walkId", 1, "agreementId", 2, "associationId", DemoUsers.AIK), List.of(DemoUsers.AIK));
				Instant at = Instant.now();
				int attempts = 0;
				for (int round = 0; round < 20; round++) {
					attempts += WebhookReceiver.sendDue(context, endpoint, at);
					at = at.plus(Duration.ofHours(11));
				}

				assertThat(attempts).as("the first try and seven more").isEqualTo(8);
				assertThat(receiver.received).hasSize(8);
				assertThat(jdbc.sql("select status from webhook_delivery where endpoint_id = :e").param("e", endpoint)
					.query(String.class).single()).isEqualTo("GAVE_UP");
				assertThat(mvc.get().uri("/api/v1/webhooks/" + endpoint).header("Authorization",
						DemoLogins.bearer("aik"))).bodyJson().extractingPath("$.active").isEqualTo(false);

				assertThat(mvc.post().uri("/api/v1/webhooks/" + endpoint + "/enable")
					.header("Authorization", DemoLogins.bearer("aik"))).bodyJson().extractingPath("$.active")
					.isEqualTo(true);
			}
			finally {
				mvc.delete().uri("/api/v1/webhooks/" + endpoint).header("Authorization", DemoLogins.bearer("aik"))
					.exchange();
			}
		}
	}

	@Test
	void aWalkerRegistersNoEndpointAndAWrongEventIsNamed() {
		assertThat(mvc.post().uri("/api/v1/webhooks").header("Authorization", DemoLogins.bearer("vandrare"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://example.org/hook\",\"events\":[\"walk.approved\"]}")).hasStatus(403);
		var wrong = mvc.post().uri("/api/v1/webhooks").header("Authorization", DemoLogins.bearer("aik"))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://example.org/hook\",\"events\":[\"walk.eaten\"]}").exchange();
		assertThat(wrong).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("events");
		assertThat(wrong).bodyJson().extractingPath("$.errors[0].message").asString().contains("basis.attested");
		assertThat(jdbc.sql("select count(*) from webhook_endpoint where url = 'https://example.org/hook'")
			.query(Long.class).single()).isZero();
	}
}
