package se.nattvandring.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: HttpOnly and SameSite=Lax always; over HTTPS also Secure and named with the {@code __Host-}
 * prefix, which tells the browser to refuse it from any other host or path. Plain HTTP (a laptop's demo) cannot carry
 * that prefix, so the base URL's scheme decides.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String PLAIN = "SESSION";

	static final String HOST_ONLY = "__Host-SESSION";

	private final boolean https;

	SessionCookie(@Value("${nattvandring.base-url}") String baseUrl) {
		this.https = baseUrl.startsWith("https://");
	}

	String name() {
		return https ? HOST_ONLY : PLAIN;
	}

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(name());
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(https);
		return serializer;
	}
}
