package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** What every response tells the browser: run nothing inline, open no window to us, keep no personal page. */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/", "/walks", "/api/v1/agreements", "/accessibility" })
	void everyResponseCarriesAPolicyWithoutInlineScriptsOrStyles(String path) {
		DemoLogins logins = new DemoLogins(mvc);
		var response = mvc.get().uri(path).cookie(logins.session("distrikt")).exchange().getResponse();

		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).isNotBlank().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
			.contains("frame-ancestors 'none'");
		if (!path.startsWith("/api")) {
			assertThat(policy).contains("script-src 'self'").contains("style-src 'self'");
		}
		assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void httpsAddsStrictTransportSecurity() {
		var response = mvc.get().uri("https://localhost/login").exchange().getResponse();

		assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(mvc.get().uri("/login").exchange().getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void securityTxtNamesAContactAndAnExpiryWithinAYear() {
		var response = mvc.get().uri("/.well-known/security.txt").exchange();

		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
		assertThat(response).bodyText().containsPattern("(?m)^Contact: (mailto:|https://)\\S+$")
			.containsPattern("(?m)^Expires: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$")
			.containsPattern("(?m)^Policy: \\S+/SECURITY.md$").contains("Preferred-Languages: sv, en");
	}
}
