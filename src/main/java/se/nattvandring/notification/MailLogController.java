package se.nattvandring.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.nattvandring.shared.Page;

/**
 * The mail log for admins: in demo mode the only place sent mail ends up, and a delivery record otherwise. A sign-in
 * link is a key to someone else's account, so the log shows that a link went out, and when, but never the link.
 */
@Controller
class MailLogController {

	static final int PAGE_SIZE = 25;

	/** One logged mail. */
	public record LoggedMail(long id, String recipient, String subject, String body, Instant createdAt,
			@Nullable Instant sentAt, @Nullable String failure) {
	}

	private final JdbcClient jdbc;

	private final MessageSource messages;

	MailLogController(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A sign-in link in a mail's text: the log says that one went out, and when, never the link itself. */
	static final Pattern SIGN_IN_LINK = Pattern.compile("\\S*/login/ott\\?token=\\S+");

	static String masked(String body, String placeholder) {
		return SIGN_IN_LINK.matcher(body).replaceAll(Matcher.quoteReplacement(placeholder));
	}

	@GetMapping("/admin/mail")
	String log(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		String placeholder = messages.getMessage("mail.log.linkMasked", null, locale);
		int number = Math.max(0, page);
		long total = jdbc.sql("select count(*) from mail_message").query(Long.class).single();
		List<LoggedMail> mails = jdbc.sql("""
				select id, recipient, subject, body, created_at, sent_at, failure from mail_message
				order by created_at desc, id desc limit :limit offset :offset
				""").param("limit", PAGE_SIZE).param("offset", (long) number * PAGE_SIZE)
			.query((rs, row) -> new LoggedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					masked(rs.getString("body"), placeholder), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
					rs.getString("failure")))
			.list();
		model.addAttribute("page", new Page<>(mails, number, PAGE_SIZE, total));
		return "notification/mail-log";
	}
}
