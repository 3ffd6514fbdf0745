package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

/** Over HTTPS the session cookie is Secure and host-only by name; plain HTTP (a demo) cannot carry that prefix. */
class SessionCookieTest {

	private String written(String baseUrl) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(baseUrl.startsWith("https"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SessionCookie(baseUrl).cookieSerializer().writeCookieValue(new CookieValue(request, response, "abc"));
		return response.getHeader("Set-Cookie");
	}

	@Test
	void overHttpsTheCookieIsHostOnlySecureHttpOnlyAndLax() {
		assertThat(written("https://nattvandring.example.se")).startsWith("__Host-SESSION=").contains("Secure")
			.contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Domain=");
	}

	@Test
	void overPlainHttpItKeepsTheOrdinaryName() {
		assertThat(written("http://localhost:8080")).startsWith("SESSION=").doesNotContain("Secure")
			.contains("HttpOnly").contains("SameSite=Lax");
		assertThat(new Cookie("SESSION", "x").getName()).isEqualTo(SessionCookie.PLAIN);
	}
}
