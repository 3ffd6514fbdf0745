package se.nattvandring.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.bastiaanjansen.otp.TOTPGenerator;

import se.nattvandring.shared.DemoMode;

/**
 * Signs demo users in through the real login form, once per user, and hands out their session cookies. The staff who
 * handle money or rights also pass the second factor, with a code from the demo's key, as they would on their phone.
 */
public final class DemoLogins {

	public static final String PASSWORD = "nattvandring";

	/** The demo accounts whose roles need the second factor (SecondFactors.REQUIRED_FOR). */
	public static final Set<String> WITH_SECOND_FACTOR = Set.of("distrikt", "chef", "admin");

	private final MockMvcTester mvc;

	private final Map<String, Cookie> sessions = new ConcurrentHashMap<>();

	/**
	 * Sessions that passed the second factor, shared by every test of one application context: a code works once per
	 * account and window, and a test class makes a new helper per test. A session some test ended is made again.
	 */
	private static final Map<MockMvcTester, Map<String, Cookie>> STRONG = new ConcurrentHashMap<>();

	public DemoLogins(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public Cookie session(String username) {
		if (!WITH_SECOND_FACTOR.contains(username)) {
			return sessions.computeIfAbsent(username, this::passwordOnly);
		}
		Map<String, Cookie> shared = STRONG.computeIfAbsent(mvc, any -> new ConcurrentHashMap<>());
		Cookie known = shared.get(username);
		if (known != null && mvc.get().uri("/profile").cookie(known).exchange().getResponse().getStatus() == 200) {
			return known;
		}
		Cookie fresh = passSecondFactor(passwordOnly(username));
		shared.put(username, fresh);
		return fresh;
	}

	/** A session that has passed only the password, as right after the login form. */
	public Cookie passwordOnly(String username) {
		var result = mvc.perform(formLogin("/login").user(username).password(PASSWORD));
		if (result.getMvcResult().getResponse().getRedirectedUrl() == null
				|| result.getMvcResult().getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Demo login failed for " + username);
		}
		return SessionCookies.of(result);
	}

	/**
	 * Passes the second factor in this session. A code is accepted once per account, and other test classes sign the
	 * same demo user in, so the next window's code is tried too, and at worst the next window is waited for.
	 */
	public Cookie passSecondFactor(Cookie session) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = Instant.now();
			for (long ahead : new long[] { 0, 30 }) {
				var result = mvc.post().uri("/second-factor").cookie(session).with(csrf())
					.param("secondFactorCode", codeAt(now.plusSeconds(ahead))).exchange();
				if ("/".equals(result.getResponse().getRedirectedUrl())) {
					Cookie renewed = result.getResponse().getCookie(SessionCookies.NAME);
					return renewed == null ? session : renewed;
				}
			}
			sleepUntilNextWindow();
		}
		throw new IllegalStateException("The demo's second factor was refused three windows running");
	}

	/** The code a phone with the demo's key shows at this moment. */
	public static String codeAt(Instant moment) {
		return TOTPGenerator.withDefaultValues(DemoMode.SECOND_FACTOR_SECRET.getBytes(StandardCharsets.US_ASCII))
			.at(moment);
	}

	private static void sleepUntilNextWindow() {
		long millis = 30_000 - (System.currentTimeMillis() % 30_000) + 100;
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String bearer(String username) {
		return "Bearer demo-token-" + username;
	}
}
