package se.nattvandring.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for API callers as RFC 9457 problem details in the caller's language. These happen in the security
 * filters, before Spring MVC's exception handling is reached, so they are written here.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String key = ex instanceof TokenRefusedException refused ? "token." + refused.reason() : "unauthorized";
		write(request, response, HttpStatus.UNAUTHORIZED, key, Map.of("signIn", true));
	}

	/**
	 * A phone's outbox keeps a write that was refused for who sent it (a stale CSRF token, a pass for another walk)
	 * and asks for a sign-in; only a refusal of the write itself is final. The {@code reason} tells which.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			write(request, response, HttpStatus.FORBIDDEN, "csrf", Map.of("reason", "csrf", "signIn", true));
		}
		else if (missesSecondFactor(ex)) {
			secondFactorRequired(request, response);
		}
		else if (ex instanceof TokenScopeException) {
			write(request, response, HttpStatus.FORBIDDEN, "tokenScope", Map.of("reason", "scope", "signIn", true));
		}
		else {
			write(request, response, HttpStatus.FORBIDDEN, "forbidden", Map.of());
		}
	}

	/** Spring Security's factor rule refused it for want of the second factor, not for the role. */
	static boolean missesSecondFactor(AccessDeniedException refused) {
		return refused instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof FactorAuthorizationDecision factors
				&& factors.getFactorErrors().stream()
					.anyMatch(error -> Factors.TOTP.equals(error.getRequiredFactor().getAuthority()));
	}

	/** The session may make this call but has not passed the second factor; the pages ask for the code. */
	void secondFactorRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "secondFactor",
				Map.of("reason", "secondFactor", "secondFactorAt", request.getContextPath() + "/second-factor"));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Map<String, Object> properties) throws IOException {
		var locale = locales.resolveLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", se.nattvandring.shared.ProblemTypes.of(key).toString());
		body.put("title", messages.getMessage("problem." + key + ".title", null, locale));
		body.put("status", status.value());
		body.put("detail", messages.getMessage("problem." + key + ".detail", null, locale));
		body.put("instance", request.getRequestURI());
		body.putAll(properties);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(json.writeValueAsString(body));
	}
}
