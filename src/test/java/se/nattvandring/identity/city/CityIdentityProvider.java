package se.nattvandring.identity.city;

import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The city's identity provider, for the sign-in tests: Spring Authorization Server on its own port with Boot's defaults,
 * two people, and an ID token that carries their verified e-mail address. Started as an application of its own, so
 * that the app under test meets it only over HTTP, as it would meet Entra ID.
 */
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class CityIdentityProvider {

	public static final String PASSWORD = "stadens-losenord-1";

	/** Known here as the demo's coordinator; unknown to Nattvandring. */
	public static final Map<String, String> PEOPLE = Map.of("karin", "karin.lindqvist@exempel.se", "okand",
			"nobody.known@stad.example");

	@Bean
	InMemoryUserDetailsManager people() {
		return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
			.map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
			.toList());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> verifiedEmail() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("email", PEOPLE.get(context.getPrincipal().getName()))
					.claim("email_verified", true);
			}
		};
	}

	/** Starts on a free port of 127.0.0.1, with one client whose redirect is the app under MockMvc. */
	public static ConfigurableApplicationContext start() {
		String client = "spring.security.oauth2.authorizationserver.client.nattvandring.registration.";
		return new SpringApplicationBuilder(CityIdentityProvider.class)
			.properties("spring.config.name=city-identity-provider", "server.port=0", "server.address=127.0.0.1",
					"spring.main.banner-mode=off",
					client + "client-id=nattvandring", client + "client-secret={noop}hemligt",
					client + "client-authentication-methods=client_secret_basic",
					client + "authorization-grant-types=authorization_code",
					client + "redirect-uris=http://localhost/login/oauth2/code/city",
					client + "scopes=openid,email,profile")
			.run();
	}

	public static String issuer(ConfigurableApplicationContext provider) {
		return "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
	}
}
