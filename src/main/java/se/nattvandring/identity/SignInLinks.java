package se.nattvandring.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;

/**
 * Sign-in by one-time link (Spring Security's one-time-token login): an invitation link that lasts days, and a link
 * asked for on the login page that lasts minutes. The page answers the same whether or not the address is known.
 */
public class SignInLinks implements GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

	static final Duration LOGIN_VALIDITY = Duration.ofMinutes(15);

	static final String SENT_PAGE = "/login/link?sent";

	private final OneTimeTokenService tokens;

	private final Accounts accounts;

	private final Mailbox mailbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final LoginThrottle throttle;

	SignInLinks(OneTimeTokenService tokens, Accounts accounts, Mailbox mailbox, MessageSource messages, Clock clock,
			@Value("${nattvandring.base-url}") String baseUrl, LoginThrottle throttle) {
		this.throttle = throttle;
		this.tokens = tokens;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Mails an invitation with a sign-in link to the account's address. */
	public void invite(long userId, String organisationName) {
		UserAccount account = accounts.byId(userId).filter(UserAccount::enabled)
			.orElseThrow(() -> new IllegalStateException("No enabled account " + userId));
		String email = account.email();
		if (email == null) {
			throw new IllegalStateException("Account " + userId + " has no e-mail address");
		}
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(account.username(), INVITATION_VALIDITY));
		Locale locale = localeOf(account);
		String subject = messages.getMessage("mail.invitation.subject", new Object[] { organisationName }, locale);
		String body = messages.getMessage("mail.invitation.body",
				new Object[] { account.displayName(), organisationName, link(token), INVITATION_VALIDITY.toDays() },
				locale);
		mailbox.send(new OutgoingMail("invitation:" + userId + ":" + clock.millis(), email, subject, body, null, true));
	}

	@Override
	public @Nullable GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (email == null || email.isBlank() || email.length() > 254) {
			return null;
		}
		// Links asked for one account, or from one address, slow down as password guesses do, so nobody floods a
		// person's mailbox or mails every walker; a paused request, like an unknown address, falls through to the
		// same page as a sent link, and sends nothing. The address is the client's: forward headers are read from
		// trusted proxies only (server.forward-headers-strategy, docs/operations.md).
		String from = request.getRemoteAddr();
		if (!throttle.linkPauseFor(email, from).isZero()) {
			return null;
		}
		throttle.linkAsked(email, from);
		Optional<UserAccount> account = accounts.byEmail(email).filter(UserAccount::enabled);
		if (account.isEmpty()) {
			return null;
		}
		return account.map(a -> new GenerateOneTimeTokenRequest(a.username(), LOGIN_VALIDITY)).orElse(null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		accounts.byUsername(token.getUsername()).ifPresent(account -> {
			Locale locale = localeOf(account);
			String subject = messages.getMessage("mail.signInLink.subject", null, locale);
			String body = messages.getMessage("mail.signInLink.body",
					new Object[] { account.displayName(), link(token), LOGIN_VALIDITY.toMinutes() }, locale);
			mailbox.send(new OutgoingMail("sign-in:" + account.requiredId() + ":" + clock.millis(),
					String.valueOf(account.email()), subject, body, null, true));
		});
		response.sendRedirect(request.getContextPath() + SENT_PAGE);
	}

	private String link(OneTimeToken token) {
		return baseUrl + "/login/ott?token=" + token.getTokenValue();
	}

	private static Locale localeOf(UserAccount account) {
		return Locale.forLanguageTag(account.preferredLanguage() == null ? "sv" : account.preferredLanguage());
	}
}
