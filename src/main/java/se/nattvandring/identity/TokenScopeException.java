package se.nattvandring.identity;

import org.springframework.security.access.AccessDeniedException;

/** A scoped token used for a request it does not list, such as a night pass sent to another walk. */
class TokenScopeException extends AccessDeniedException {

	TokenScopeException(String request) {
		super("Token not valid for " + request);
	}
}
