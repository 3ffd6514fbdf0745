package se.nattvandring.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** Which of our messages explains an HTTP error status, so Spring's English texts never reach a caller. */
final class ProblemKeys {

	private ProblemKeys() {
	}

	static String forStatus(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return status.is4xxClientError() ? "request" : "unexpected";
		}
		return switch (known) {
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "methodNotAllowed";
			case NOT_ACCEPTABLE -> "notAcceptable";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupportedMediaType";
			case CONTENT_TOO_LARGE -> "too-large";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			default -> known.is4xxClientError() ? "request" : "unexpected";
		};
	}
}
