package se.nattvandring.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * In front of everything, the session's own filter included, which reads PostgreSQL before any controller runs: while
 * the database is away every request is answered 503 with {@code Retry-After}, as a problem detail for the API and a
 * short page for a browser, never a stack trace. Nothing is kept here; the pool reconnects by itself when the server is
 * back, so the next request after it goes through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			DatabaseUnavailable.Reason reason = DatabaseUnavailable.reasonFor(failure);
			if (reason == null || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable ({}), answered 503: {} {} ({})", reason, request.getMethod(),
					request.getRequestURI(), rootMessage(failure));
			answer(request, response, reason);
		}
	}

	void answer(HttpServletRequest request, HttpServletResponse response, DatabaseUnavailable.Reason reason)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("problem." + reason.problemKey() + ".title", null, locale);
		String detail = messages.getMessage("problem." + reason.problemKey() + ".detail", null, locale);
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding("UTF-8");
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
		if (request.getRequestURI().startsWith("/api/") || accept.contains("json") && !accept.contains("text/html")) {
			response.setContentType("application/problem+json");
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", ProblemTypes.of(reason.problemKey()).toString());
			problem.put("title", title);
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			problem.put("retry", true);
			response.getWriter().write(json.writeValueAsString(problem));
		}
		else {
			response.setContentType("text/html");
			response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
					+ "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</title><link rel=\"stylesheet\" href=\"/css/app.css\">"
					+ "</head><body><main><h1>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
					+ "</p></main></body></html>");
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}
}
