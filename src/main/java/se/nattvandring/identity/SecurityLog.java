package se.nattvandring.identity;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.nattvandring.shared.Hashes;

/**
 * Writes every security event to {@code security_event} and to the log: who, what, when (UTC) and the client's address.
 * A typed login name is kept only as a hash, and anything that came from a request is stripped of line breaks and
 * control characters before it is logged, so nobody can forge a log line. A refused page or call names its path only.
 */
@Component
class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger("security");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	SecurityLog(JdbcClient jdbc, Accounts accounts, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		Authentication who = event.getAuthentication();
		CurrentUser user = UserPrincipal.userOf(who.getPrincipal());
		write("SIGN_IN", "SUCCESS", user, null, method(who), null);
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		Authentication who = event.getAuthentication();
		String typed = who.getName();
		write("SIGN_IN", "FAILURE", null, typed == null || typed.isEmpty() ? null : Hashes.sha256Hex(typed),
				method(who), event.getException().getClass().getSimpleName());
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who == null || !who.isAuthenticated() || UserPrincipal.userOf(who.getPrincipal()) == null) {
			return; // an anonymous visitor sent to the login page is not a refusal worth a row
		}
		refusedAccess(UserPrincipal.userOf(who.getPrincipal()), "ROUTE");
	}

	/** A module's own check refused a signed-in user (which agreement, which walker), after the route let them in. */
	void refusedByModule(@Nullable Authentication who) {
		CurrentUser user = who == null ? null : UserPrincipal.userOf(who.getPrincipal());
		if (user != null) {
			refusedAccess(user, "MODULE");
		}
	}

	private void refusedAccess(@Nullable CurrentUser user, String byWhat) {
		HttpServletRequest request = currentRequest();
		write("ACCESS_REFUSED", "REFUSED", user, null, byWhat,
				request == null ? null : request.getMethod() + " " + request.getRequestURI());
	}

	@EventListener
	void signInRefused(SecurityEvents.SignInRefused event) {
		write("SIGN_IN", "REFUSED", null, null, event.method(), event.reason());
	}

	@EventListener
	void secondFactor(SecurityEvents.SecondFactor event) {
		write("SECOND_FACTOR_" + event.what(), event.succeeded() ? "SUCCESS" : "FAILURE",
				accounts.principal(event.userId()).map(UserPrincipal::user).orElse(null), null, "TOTP",
				event.byUserId() == null ? null : "by user " + event.byUserId());
	}

	/** A refused token is kept; an accepted one, which every API call is, only goes to the log. */
	@EventListener
	void tokenUsed(SecurityEvents.TokenUsed event) {
		if (event.succeeded()) {
			HttpServletRequest request = currentRequest();
			log.info("security event=TOKEN_USE outcome=SUCCESS user={} address={}", event.userId(),
					request == null ? null : neutralised(request.getRemoteAddr(), 64));
			return;
		}
		write("TOKEN_USE", event.succeeded() ? "SUCCESS" : "FAILURE",
				accounts.principal(event.userId()).map(UserPrincipal::user).orElse(null), null, "BEARER", null);
	}

	/** In a transaction of its own: a refusal may roll the request's work back, and its record must stay. */
	void write(String kind, String outcome, @Nullable CurrentUser user, @Nullable String typedNameHash,
			@Nullable String method, @Nullable String detail) {
		HttpServletRequest request = currentRequest();
		String address = request == null ? null : neutralised(request.getRemoteAddr(), 64);
		String safeDetail = detail == null ? null : neutralised(detail, 200);
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				insert into security_event (occurred_at, kind, outcome, user_id, organisation_id, typed_name_hash,
					method, detail, client_address)
				values (:at, :kind, :outcome, :userId, :org, :typed, :method, :detail, :address)
				""")
			.param("at", Timestamp.from(clock.instant())).param("kind", kind).param("outcome", outcome)
			.param("userId", user == null ? null : user.userId())
			.param("org", user == null ? null : user.organisationId()).param("typed", typedNameHash)
			.param("method", method).param("detail", safeDetail).param("address", address).update());
		}
		catch (RuntimeException unwritten) {
			// The log line below still records the event; a request is never refused because its record failed.
			log.error("security event not stored: {}", unwritten.getClass().getSimpleName());
		}
		log.info("security event={} outcome={} user={} method={} detail={} address={}", kind, outcome,
				user == null ? "-" : user.userId(), method, safeDetail, address);
	}

	static String neutralised(String text, int max) {
		String clean = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "_");
		return clean.length() > max ? clean.substring(0, max) : clean;
	}

	private static String method(Authentication authentication) {
		String name = authentication.getClass().getSimpleName();
		return name.endsWith("AuthenticationToken") ? name.substring(0, name.length() - "AuthenticationToken".length())
				: name;
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
