package se.nattvandring.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed logins for one username within a window, that username is
 * refused until the window has passed. Kept in memory, so each instance counts on its own; that still bounds guessing.
 */
@Component
class LoginThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(@Value("${nattvandring.login.max-failures:5}") int maxFailures,
			@Value("${nattvandring.login.lockout:PT5M}") Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	boolean isBlocked(String username) {
		Deque<Instant> recent = failures.get(key(username));
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= maxFailures;
		}
	}

	Duration window() {
		return window;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName()), k -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(clock.instant());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = clock.instant().minus(window);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return username.trim().toLowerCase(java.util.Locale.ROOT);
	}
}
