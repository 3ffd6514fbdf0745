package se.nattvandring.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sessions live in PostgreSQL (Spring Session), so a test carries a session as the browser does: by its cookie. */
public final class SessionCookies {

	public static final String NAME = "SESSION";

	private SessionCookies() {
	}

	/** The session cookie the response set, as after a login. */
	public static Cookie of(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null || cookie.getValue().isEmpty()) {
			throw new IllegalStateException("The response set no session cookie: "
					+ result.getResponse().getHeaders("Set-Cookie"));
		}
		return cookie;
	}

	/** The session's id, as Spring Session stores it: the cookie holds it Base64-encoded. */
	public static String id(Cookie cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
				java.nio.charset.StandardCharsets.US_ASCII);
	}
}
