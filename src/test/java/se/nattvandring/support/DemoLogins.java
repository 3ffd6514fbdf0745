package se.nattvandring.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signs demo users in through the real login form, once per user, and hands out their sessions. */
public final class DemoLogins {

	public static final String PASSWORD = "nattvandring";

	private final MockMvcTester mvc;

	private final Map<String, MockHttpSession> sessions = new ConcurrentHashMap<>();

	public DemoLogins(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MockHttpSession session(String username) {
		return sessions.computeIfAbsent(username, this::login);
	}

	private MockHttpSession login(String username) {
		var result = mvc.perform(formLogin("/login").user(username).password(PASSWORD));
		var session = (MockHttpSession) result.getMvcResult().getRequest().getSession(false);
		if (session == null || result.getMvcResult().getResponse().getRedirectedUrl() == null
				|| result.getMvcResult().getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Demo login failed for " + username);
		}
		return session;
	}

	public static String bearer(String username) {
		return "Bearer demo-token-" + username;
	}
}
