package se.nattvandring.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details in the caller's language. Bad input is a 400 with one entry per field;
 * nothing reaches the caller as a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.violations().stream()
			.map(v -> Map.of("field", v.field(), "message",
					messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "invalid", errors);
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail refused(RuleViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "refused", null);
		problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale()));
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(IdempotencyException.class)
	ProblemDetail idempotency(IdempotencyException ex) {
		if (ex.reason() == IdempotencyException.Reason.IN_PROGRESS) {
			ProblemDetail problem = problem(HttpStatus.CONFLICT, "idempotencyInProgress", null);
			// Tells a phone's outbox to keep the write and try again, unlike a refusal it should show.
			problem.setProperty("retry", true);
			return problem;
		}
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotencyReused", null);
	}

	/**
	 * Two phones changed the walk at once (two check-ins, say) and this one lost: nothing was changed, and sending it
	 * again will either go through or be refused for a reason the walker sees.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange() {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrentChange", null);
		problem.setProperty("retry", true);
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "not-found", null);
	}

	/** A query or path parameter of the wrong form: named, so the caller knows which, and never called the body. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName(), "error.wrongType");
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(badParameter(ex.getParameterName(), "error.required"));
	}

	private ProblemDetail badParameter(String name, String messageKey) {
		return problem(HttpStatus.BAD_REQUEST, "badParameter", List.of(Map.of("field", name, "message",
				messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()))));
	}

	/**
	 * A module's refusal states the rule that refused ("Only the district's attester attests a payment basis"), which
	 * says who may, never anything about the thing asked for: something the caller may not see is a 404 instead. It
	 * goes to the developer as {@code rule}, in English; the detail stays in the caller's language.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", null);
		if (ex.getMessage() != null && !ex.getMessage().equals("Access Denied")) {
			problem.setProperty("rule", ex.getMessage());
		}
		return problem;
	}

	@ExceptionHandler(RequestBodyLimitFilter.BodyTooLargeException.class)
	ProblemDetail tooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		DatabaseUnavailable.Reason reason = DatabaseUnavailable.reasonFor(ex);
		if (reason != null) {
			// The caller keeps the write and sends it again; the same Idempotency-Key makes that safe.
			log.warn("Database unavailable ({}) in API call: {}", reason, ex.getClass().getSimpleName());
			ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, reason.problemKey(), null);
			problem.setProperty("retry", true);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
				.body(problem);
		}
		log.error("Unexpected error in API call", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", null));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", "", "message", messages.getMessage(error, locale))));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
			}
			if (cause instanceof tools.jackson.core.JacksonException unreadable) {
				var violation = JsonInputProblems.of(unreadable);
				if (violation.isPresent()) {
					return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid",
							List.of(Map.of("field", violation.get().field(), "message", messages.getMessage(
									violation.get().messageKey(), violation.get().arguments(),
									LocaleContextHolder.getLocale())))));
				}
			}
			cause = cause.getCause();
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable", null));
	}


	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own problem bodies carry English texts; replace them with ours, keeping the status.
		return ResponseEntity.status(statusCode).headers(headers)
			.body(problem(statusCode, ProblemKeys.forStatus(statusCode), null));
	}

	private ProblemDetail problem(HttpStatusCode status, String key, Object errors) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("problem." + key + ".detail", null, locale));
		problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
		problem.setType(ProblemTypes.of(key));
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}
}
