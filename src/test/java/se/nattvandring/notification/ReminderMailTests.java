package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkPlan;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/** Reminders through a real SMTP server (GreenMail): to the walker before the walk, to the contact when short. */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Reminders reminders;

	@Autowired
	Walkers walkers;

	@Autowired
	Walks walks;

	@Autowired
	TeamSignUps signUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aSignedUpWalkerIsRemindedOnceAndTheContactIsWarnedAboutTheShortTeam() throws Exception {
		CurrentUser contact = DemoUsers.aikContact(jdbc);
		long walker = walkers.register(2, new WalkerDraft("Rut Påminnelse", "070-765 43 21",
				"rut.paminnelse@exempel.se", LocalDate.of(1979, 2, 2), LocalDate.of(2025, 1, 1)), contact)
			.requiredId();
		walkers.recordTraining(walker, new TrainingDraft("Grundutbildning", "Nattvandring.nu",
				LocalDate.of(2024, 1, 1), null), contact);
		ZonedDateTime start = clock.instant().plus(3, ChronoUnit.HOURS).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		WalkView walk = walks.plan(new WalkPlan(2L, 2L, start.toLocalDate(), start.toLocalTime(),
				start.toLocalTime().plusHours(3), "Älvsjö station", List.of(), null, 3, 6), contact);
		signUps.signUp(walk.id(), walker, contact);

		int sent = reminders.run();

		assertThat(sent).isGreaterThanOrEqualTo(2);
		List<MimeMessage> toWalker = to("rut.paminnelse@exempel.se");
		assertThat(toWalker).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).startsWith("Påminnelse");
			assertThat(((String) mail.getContent())).contains("Rut Påminnelse").contains("Älvsjö station")
				.contains("/walks/" + walk.id());
		});
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(to("maria.holm@exempel.se")).anySatisfy(mail ->
					assertThat(((String) mail.getContent())).contains("/walks/" + walk.id()).contains("minst 3"));
			assertThat(jdbc.sql("select count(*) from mail_message where dedupe_key = :k and sent_at is not null")
				.param("k", "walk-reminder:" + walk.id() + ":" + walker).query(Long.class).single()).isEqualTo(1);
		});

		reminders.run();

		assertThat(to("rut.paminnelse@exempel.se")).hasSize(1);
	}

	/** What reached the address, once the mails sent for it have been delivered on their own thread. */
	private static List<MimeMessage> to(String address) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> !received(address).isEmpty());
		return received(address);
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
