package se.nattvandring.identity;

import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import se.nattvandring.shared.Mailbox;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API under {@code /api/**}, authenticated by bearer token or by the browser session, and
 * the pages, with form login. Route-level rules live here; which agreement a user may read is the module's own check.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String COORDINATOR = Role.DISTRICT_COORDINATOR.name();

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ProblemResponses problemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		return new ProblemResponses(messages, locales, json);
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService users,
			PasswordEncoder encoder, LoginThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, encoder, throttle);
	}

	@Bean
	OneTimeTokenService oneTimeTokenService(JdbcOperations jdbc, Clock clock) {
		JdbcOneTimeTokenService service = new JdbcOneTimeTokenService(jdbc);
		service.setClock(clock);
		return service;
	}

	@Bean
	SignInLinks signInLinks(OneTimeTokenService tokens, Accounts accounts, Mailbox mailbox, MessageSource messages,
			Clock clock, @Value("${nattvandring.base-url}") String baseUrl) {
		return new SignInLinks(tokens, accounts, mailbox, messages, clock, baseUrl);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/agreements").hasRole(COORDINATOR)
				.requestMatchers(HttpMethod.PUT, "/api/v1/agreements/*").hasRole(COORDINATOR)
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, problems, problems), AuthorizationFilter.class)
			// Forgery rides on the browser's cookies: a token call, or one with no session at all, cannot be forged;
			// a call on a browser session still needs the CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearer,
					request -> request.getSession(false) == null))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/** The map's tile server, as a CSP source: {@code https://{s}.tile.example} becomes {@code https://*.tile.example}. */
	static String tileSource(String tileUrl) {
		URI uri = URI.create(tileUrl.replace("{s}", "s").replaceAll("\\{[a-z]}", "0"));
		String host = tileUrl.contains("://{s}.") ? "*" + uri.getHost().substring(1) : uri.getHost();
		return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ThrottledAuthenticationProvider provider,
			LocaleRememberingLoginHandler loginHandler, SignInLinks links, OneTimeTokenService tokens,
			AccountUserDetailsService users, @Value("${nattvandring.map.tile-url}") String tileUrl) {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/login/link", "/login/ott", "/setup/*", "/feeds/**", "/accessibility", "/privacy", "/error",
						"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
						"/webjars/**", "/css/**", "/js/**", "/images/**", "/icons/**", "/favicon.ico",
						"/sw.js", "/manifest.webmanifest",
						"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/mail", "/installation/**").hasRole(Role.INSTALLATION_ADMIN.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/agreements/new", "/agreements/*/edit").hasRole(COORDINATOR)
				.requestMatchers(HttpMethod.POST, "/agreements", "/agreements/*").hasRole(COORDINATOR)
				.anyRequest().authenticated())
			.authenticationProvider(provider)
			.formLogin(form -> form.loginPage("/login").successHandler(loginHandler).failureHandler(loginHandler))
			.oneTimeTokenLogin(ott -> ott.loginPage("/login")
				.loginProcessingUrl("/login/ott")
				.tokenService(tokens)
				.authenticationProvider(new EnabledAccountLinkProvider(tokens, users))
				.tokenGeneratingUrl("/login/link")
				.generateRequestResolver(links)
				.tokenGenerationSuccessHandler(links)
				.showDefaultSubmitPage(false)
				.authenticationSuccessHandler(loginHandler)
				.authenticationFailureHandler((request, response, failure) -> response
					.sendRedirect(request.getContextPath() + "/login?linkExpired")))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("SESSION")
				// The night page's outbox, pass and cached pages go with the session: a shared phone keeps nothing.
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
						ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: " + tileSource(tileUrl) + "; "
						+ "frame-ancestors 'none'; "
						+ "form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
