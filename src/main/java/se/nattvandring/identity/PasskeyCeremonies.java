package se.nattvandring.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The challenge of a passkey ceremony between its two requests. Spring Security keeps it in the HTTP session, but
 * sessions here live in PostgreSQL through Java serialization, and the options are not serializable. So they are
 * kept here, by session id, for five minutes: a ceremony takes seconds. Behind a load balancer the two requests of one
 * ceremony must reach the same instance (sticky sessions), which docs/security.md states.
 */
final class PasskeyCeremonies {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private record Held(Object options, Instant until) {
	}

	private final Map<String, Held> creations = new ConcurrentHashMap<>();

	private final Map<String, Held> requests = new ConcurrentHashMap<>();

	/** For adding a passkey: the creation options between the options request and the registration. */
	PublicKeyCredentialCreationOptionsRepository creations() {
		return new PublicKeyCredentialCreationOptionsRepository() {
			@Override
			public void save(HttpServletRequest request, HttpServletResponse response,
					@Nullable PublicKeyCredentialCreationOptions options) {
				keep(creations, request, options);
			}

			@Override
			public @Nullable PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
				return (PublicKeyCredentialCreationOptions) held(creations, request);
			}
		};
	}

	/** For signing in: the request options between the options request and the assertion. */
	PublicKeyCredentialRequestOptionsRepository requests() {
		return new PublicKeyCredentialRequestOptionsRepository() {
			@Override
			public void save(HttpServletRequest request, HttpServletResponse response,
					@Nullable PublicKeyCredentialRequestOptions options) {
				keep(requests, request, options);
			}

			@Override
			public @Nullable PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
				return (PublicKeyCredentialRequestOptions) held(requests, request);
			}
		};
	}

	private static void keep(Map<String, Held> store, HttpServletRequest request, @Nullable Object options) {
		Instant now = Instant.now();
		store.values().removeIf(held -> held.until().isBefore(now));
		String session = request.getSession(true).getId();
		if (options == null) {
			store.remove(session);
		}
		else {
			store.put(session, new Held(options, now.plus(LIFETIME)));
		}
	}

	private static @Nullable Object held(Map<String, Held> store, HttpServletRequest request) {
		var session = request.getSession(false);
		Held held = session == null ? null : store.get(session.getId());
		return held == null || held.until().isBefore(Instant.now()) ? null : held.options();
	}
}
