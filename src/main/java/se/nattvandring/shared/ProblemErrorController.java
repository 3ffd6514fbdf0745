package se.nattvandring.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * The errors no controller answered: an unknown path, a method or a media type no route takes, a feed that does not
 * exist. Pages keep Boot's error pages; the API and the feeds answer RFC 9457 problem details in the caller's
 * language, whatever the caller said it accepts, because a client must be able to read why it failed.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	private static final List<String> MACHINE_PATHS = List.of("/api/", "/feeds/");

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
			MessageSource messages, JsonMapper json) {
		super(errorAttributes, web.getError(), resolvers);
		this.messages = messages;
		this.json = json;
	}

	@Override
	public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (forMachines(request)) {
			write(request, response);
			return null;
		}
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (forMachines(request)) {
			return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(request));
		}
		return super.error(request);
	}

	@Override
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		if (forMachines(request)) {
			return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(json.writeValueAsString(problem(request)));
		}
		return super.mediaTypeNotAcceptable(request);
	}

	private void write(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(getStatus(request).value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(json.writeValueAsString(problem(request)));
		}
		catch (IOException ex) {
			// The caller has gone; there is no one left to tell.
		}
	}

	private Map<String, Object> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		String key = ProblemKeys.forStatus(status);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", ProblemTypes.of(key).toString());
		body.put("title", messages.getMessage("problem." + key + ".title", null, locale));
		body.put("status", status.value());
		body.put("detail", messages.getMessage("problem." + key + ".detail", null, locale));
		body.put("instance", originalPath(request));
		return body;
	}

	private static boolean forMachines(HttpServletRequest request) {
		String path = originalPath(request);
		return MACHINE_PATHS.stream().anyMatch(path::startsWith);
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		return path.substring(request.getContextPath().length());
	}
}
