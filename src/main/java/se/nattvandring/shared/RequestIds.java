package se.nattvandring.shared;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id in every log line of a request, and of the event listeners it sets off on other threads: taken from the
 * proxy's {@code X-Request-Id} when it is a plain token, made here otherwise, and sent back in the same header. The
 * structured JSON logs carry it as {@code requestId}; the plain ones in brackets after the level.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Bean
	OncePerRequestFilter requestIdFilter() {
		return new RequestIdFilter();
	}

	/** Boot's task executor, which runs the asynchronous listeners, takes this: they log under the request's id. */
	@Bean
	TaskDecorator requestIdTaskDecorator() {
		return task -> {
			Map<String, String> context = MDC.getCopyOfContextMap();
			return () -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				if (context == null) {
					MDC.clear();
				}
				else {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					if (before == null) {
						MDC.clear();
					}
					else {
						MDC.setContextMap(before);
					}
				}
			};
		};
	}

	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	static class RequestIdFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String given = request.getHeader(HEADER);
			String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
			response.setHeader(HEADER, id);
			MDC.put(KEY, id);
			try {
				chain.doFilter(request, response);
			}
			finally {
				MDC.remove(KEY);
			}
		}
	}
}
