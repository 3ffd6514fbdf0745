package se.nattvandring.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signs demo users in through the real login form, once per user, and hands out their session cookies. */
public final class DemoLogins {

	public static final String PASSWORD = "nattvandring";

	private final MockMvcTester mvc;

	private final Map<String, Cookie> sessions = new ConcurrentHashMap<>();

	public DemoLogins(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public Cookie session(String username) {
		return sessions.computeIfAbsent(username, this::login);
	}

	private Cookie login(String username) {
		var result = mvc.perform(formLogin("/login").user(username).password(PASSWORD));
		if (result.getMvcResult().getResponse().getRedirectedUrl() == null
				|| result.getMvcResult().getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Demo login failed for " + username);
		}
		return SessionCookies.of(result);
	}

	public static String bearer(String username) {
		return "Bearer demo-token-" + username;
	}
}
