package se.nattvandring.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.nattvandring.shared.DemoMode;
import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;

/**
 * Every e-mail goes through here: it is logged once under its dedupe key, then sent by SMTP on another thread after
 * the surrounding transaction commits, so a rolled-back change sends nothing. Without {@code spring.mail.host}, as in demo mode, mail
 * is only logged, and admins read it in the app.
 */
@Component
class MailOutbox implements Mailbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	static final String NOT_STORED = "[sign-in link not stored]";

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final DemoMode demoMode;

	private final Clock clock;

	private final String from;

	private final Executor delivery;

	MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, DemoMode demoMode, Clock clock,
			@Value("${nattvandring.mail.from:nattvandring@localhost}") String from,
			@Qualifier("applicationTaskExecutor") Executor delivery) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.sender = sender;
		this.demoMode = demoMode;
		this.clock = clock;
		this.from = from;
	}

	@Override
	public boolean send(OutgoingMail mail) {
		// A sign-in link is a key to an account: outside demo mode its text is sent, never stored.
		String stored = mail.carriesSecret() && !demoMode.enabled() ? NOT_STORED : mail.body();
		Optional<Long> id = jdbc.sql("""
				insert into mail_message (dedupe_key, recipient, subject, body, walker_id, created_at)
				values (:key, :to, :subject, :body, :walker, :now)
				on conflict (dedupe_key) do nothing returning id
				""").param("key", mail.dedupeKey()).param("to", mail.recipient()).param("subject", mail.subject())
			.param("body", stored).param("walker", mail.walkerId())
			.param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).optional();
		if (id.isEmpty()) {
			return false;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliverLater(id.get(), mail);
				}
			});
		}
		else {
			deliverLater(id.get(), mail);
		}
		return true;
	}

	/**
	 * SMTP is spoken on another thread: the request that sent the mail neither waits for the mail server nor holds
	 * its database connection meanwhile. A mail whose delivery never ran (the instance stopped) stays in the log
	 * without {@code sent_at}, and counts in {@code nattvandring.mails.waiting}.
	 */
	private void deliverLater(long id, OutgoingMail mail) {
		if (sender.getIfAvailable() != null) {
			delivery.execute(() -> deliver(id, mail));
		}
	}

	private void deliver(long id, OutgoingMail mail) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			smtp.send(message);
			// Once delivered, a stored sign-in link has done its job here: only the recipient's copy holds it.
			jdbc.sql("update mail_message set sent_at = :now, body = case when :secret then :masked else body end"
					+ " where id = :id")
				.param("now", java.sql.Timestamp.from(clock.instant())).param("secret", mail.carriesSecret())
				.param("masked", NOT_STORED).param("id", id).update();
		}
		catch (MailException ex) {
			log.warn("Mail {} to {} failed: {}", id, mail.recipient(), ex.getMessage());
			jdbc.sql("update mail_message set failure = :failure where id = :id")
				.param("failure", String.valueOf(ex.getMessage())).param("id", id).update();
		}
	}
}
