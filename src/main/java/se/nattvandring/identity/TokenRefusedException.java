package se.nattvandring.identity;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that does not let the caller in, with the reason the caller is told (a message key's last part). */
class TokenRefusedException extends AuthenticationException {

	private final String reason;

	TokenRefusedException(String reason) {
		super("API token refused: " + reason);
		this.reason = reason;
	}

	String reason() {
		return reason;
	}
}
