package se.nattvandring.identity.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import se.nattvandring.support.SessionCookies;

/**
 * Staff sign in through the city's identity provider (OpenID Connect). The provider runs in the test as a real server;
 * the app reads its discovery document at start, sends the browser there, and exchanges the code over HTTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitySignInTests {

	private static ConfigurableApplicationContext provider;

	@DynamicPropertySource
	static void cityProvider(DynamicPropertyRegistry registry) {
		if (provider == null) {
			provider = CityIdentityProvider.start();
		}
		String registration = "spring.security.oauth2.client.registration.city.";
		registry.add(registration + "client-id", () -> "nattvandring");
		registry.add(registration + "client-secret", () -> "hemligt");
		registry.add(registration + "client-name", () -> "Stockholms stad");
		registry.add(registration + "scope", () -> "openid,email,profile");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add("spring.security.oauth2.client.provider.city.issuer-uri",
				() -> CityIdentityProvider.issuer(provider));
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
			provider = null;
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorKnownByTheirVerifiedAddressLandsOnTheirStartPage() throws Exception {
		assertThat(mvc.get().uri("/login").exchange()).bodyText().contains("Stockholms stad");

		MvcTestResult landed = signInAtTheCity("karin");

		assertThat(landed.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie session = SessionCookies.of(landed);
		assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk().bodyText()
			.contains("Karin Lindqvist").contains("väntar på ditt beslut");
		assertThat(jdbc.sql("""
				select count(*) from security_event e join user_account u on u.id = e.user_id
				where e.kind = 'SIGN_IN' and e.outcome = 'SUCCESS' and u.username = 'distrikt' and e.method = 'OAuth2Login'
				""").query(Long.class).single()).isPositive();
	}

	@Test
	void anIdentityWithoutAnAccountGetsNoneAndNoSession() throws Exception {
		long accounts = jdbc.sql("select count(*) from user_account").query(Long.class).single();

		MvcTestResult refused = signInAtTheCity("okand");

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?ssoRefused");
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(accounts);
		assertThat(jdbc.sql("select count(*) from user_account where lower(email) = 'nobody.known@stad.example'")
			.query(Long.class).single()).isZero();
		Cookie session = refused.getResponse().getCookie(SessionCookies.NAME);
		var home = mvc.get().uri("/").cookie(session == null ? new Cookie("none", "x") : session).exchange();
		assertThat(home.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(jdbc.sql("select count(*) from security_event where kind = 'SIGN_IN' and outcome = 'REFUSED'"
				+ " and detail = 'SSO_NO_ACCOUNT'").query(Long.class).single()).isPositive();
	}

	/** The browser's round trip: to the app, to the provider and its login form, and back with a code. */
	private MvcTestResult signInAtTheCity(String person) throws Exception {
		MvcTestResult start = mvc.get().uri("/oauth2/authorization/city").exchange();
		String authorize = start.getResponse().getRedirectedUrl();
		assertThat(authorize).startsWith(CityIdentityProvider.issuer(provider) + "/oauth2/authorize")
			.contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=").contains("state=");
		Cookie appSession = SessionCookies.of(start);

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = follow(browser, authorize);
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(loginPage)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("%s %s: %s", loginPage, form.statusCode(), form.body()).isTrue();
		HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(loginPage))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + person + "&password="
					+ URLEncoder.encode(CityIdentityProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String back = follow(browser, loggedIn.headers().firstValue("Location").orElseThrow());
		assertThat(back).startsWith("http://localhost/login/oauth2/code/city?");

		var callback = UriComponentsBuilder.fromUriString(back).build();
		return mvc.get().uri("/login/oauth2/code/city")
			.param("code", callback.getQueryParams().getFirst("code"))
			.param("state", URLDecoder(callback.getQueryParams().getFirst("state")))
			.cookie(appSession).exchange();
	}

	private static String URLDecoder(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/** Follows the provider's redirects until one leaves it, and returns where it points. */
	private static String follow(HttpClient browser, String location) throws Exception {
		String next = location;
		for (int hops = 0; hops < 5 && next.startsWith(CityIdentityProvider.issuer(provider)); hops++) {
			HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 302) {
				return next;
			}
			next = response.headers().firstValue("Location").orElseThrow();
		}
		return next;
	}
}
