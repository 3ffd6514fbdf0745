package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * A sign-in link is a key to someone's account: the recipient gets it, the mail log keeps only that it went out. The
 * same SMTP settings as {@link ReminderMailTests}, so the two share an application context.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class SignInLinkMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theRecipientGetsTheLinkAndTheMailLogShowsOnlyThatItWentOut() throws Exception {
		String token = UUID.randomUUID().toString();
		String recipient = "lank-" + token.substring(0, 8) + "@exempel.se";
		String body = "Hej! Logga in här: http://localhost:8080/login/ott?token=" + token + "\nLänken gäller i 15 minuter.";

		mailbox.send(new OutgoingMail("test-link-" + token, recipient, "Din inloggningslänk", body, null, true));
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from mail_message where recipient = :r and sent_at is not null").param("r", recipient)
			.query(Long.class).single() == 1);

		assertThat(Arrays.stream(smtp.getReceivedMessagesForDomain(recipient)).map(mail -> {
			try {
				return (String) mail.getContent();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).singleElement().asString().contains(token);
		var logged = jdbc.sql("select body, sent_at from mail_message where recipient = :r").param("r", recipient)
			.query().singleRow();
		assertThat(logged.get("sent_at")).isNotNull();
		assertThat((String) logged.get("body")).doesNotContain(token);
		assertThat(mailLogPageOf(recipient)).contains(recipient, "Din inloggningslänk").doesNotContain(token);
	}

	@Test
	void aLinkKeptInTheLogBecauseNoServerTookItIsStillNotShown() throws Exception {
		String token = UUID.randomUUID().toString();
		String recipient = "kvar-" + token.substring(0, 8) + "@exempel.se";
		jdbc.sql("""
				insert into mail_message (dedupe_key, recipient, subject, body, created_at)
				values (:key, :to, 'Inbjudan', :body, now())""").param("key", "test-kept-" + token)
			.param("to", recipient).param("body", "Välkommen: http://localhost:8080/login/ott?token=" + token + " .")
			.update();

		assertThat(mailLogPageOf(recipient)).contains(recipient, "Välkommen: [inloggningslänk: visas inte här] .")
			.doesNotContain(token);
	}

	/**
	 * The log page the admin finds this mail on, newest first. The mails the demo world's events send would push it
	 * down while the pages are read, so they are waited for first.
	 */
	private String mailLogPageOf(String recipient) throws Exception {
		await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
			.single() == 0);
		var admin = new DemoLogins(mvc).session("admin");
		long total = jdbc.sql("select count(*) from mail_message").query(Long.class).single();
		for (long page = 0; page * MailLogController.PAGE_SIZE < total + MailLogController.PAGE_SIZE; page++) {
			var answer = mvc.get().uri("/admin/mail?page=" + page).cookie(admin).exchange();
			assertThat(answer).hasStatusOk();
			String html = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			if (html.contains("Till " + recipient)) {
				return html;
			}
		}
		throw new AssertionError("The mail log shows no mail to " + recipient);
	}

}
