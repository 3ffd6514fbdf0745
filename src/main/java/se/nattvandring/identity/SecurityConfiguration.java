package se.nattvandring.identity;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole;

import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
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

	/** Spring Security publishes refusals only when asked; the security log records them. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
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
	OneTimeTokenService oneTimeTokenService(JdbcClient jdbc, Clock clock) {
		return new HashedSignInLinks(jdbc, clock);
	}

	@Bean
	SignInLinks signInLinks(OneTimeTokenService tokens, Accounts accounts, Mailbox mailbox, MessageSource messages,
			Clock clock, @Value("${nattvandring.base-url}") String baseUrl, LoginThrottle throttle) {
		return new SignInLinks(tokens, accounts, mailbox, messages, clock, baseUrl, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/agreements").access(StepUp.after(hasRole(COORDINATOR)))
				.requestMatchers(HttpMethod.PUT, "/api/v1/agreements/*").access(StepUp.after(hasRole(COORDINATOR)))
				.requestMatchers(HttpMethod.POST, "/api/v1/payment-bases/*/issue", "/api/v1/payment-bases/*/attest",
						"/api/v1/organisations/*/invoicing/confirm", "/api/v1/people/*/end-access")
				.access(StepUp.after(authenticated()))
				.requestMatchers(HttpMethod.PUT, "/api/v1/people/*/roles").access(StepUp.after(authenticated()))
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, problems, problems), AuthorizationFilter.class)
			// Forgery rides on the browser's cookies: a token call, or one with no session at all, cannot be forged;
			// a call on a browser session still needs the CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearer,
					request -> request.getSession(false) == null))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> responseHeaders(headers, API_POLICY));
		return http.build();
	}

	/** JSON never runs anything or is framed. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	/**
	 * Neither scripts nor styles may be inline: every page loads its scripts and styles from files, and htmx's own
	 * indicator style is switched off in the layout. Only the map's tiles come from elsewhere.
	 */
	static String pagePolicy(String tileUrl) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + tileSource(tileUrl)
				+ "; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
	}

	/**
	 * The headers every response carries. Spring Security's defaults add {@code Cache-Control: no-store} to everything
	 * it guards (static files keep their own caching), HSTS over HTTPS, {@code nosniff} and frame denial.
	 */
	static void responseHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"));
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
			AccountUserDetailsService users, SessionCookie sessionCookie, CityProviders cityProviders,
			CitySignIn citySignIn, SecondFactors secondFactors,
			WebAuthnRelyingPartyOperations relyingParty, AuthenticationEventPublisher authenticationEvents,
			@Value("${nattvandring.map.tile-url}") String tileUrl) {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/login/link", "/login/ott", "/login/oauth2/**", "/oauth2/**", "/setup/*",
						"/.well-known/security.txt", "/SECURITY.md", "/feeds/**", "/accessibility", "/privacy", "/error",
						// The actuator answers only on the management port (loopback unless told otherwise); the
						// public port has none of it but the probes' /livez and /readyz.
						"/actuator/**", "/livez", "/readyz",
						"/webjars/**", "/css/**", "/js/**", "/images/**", "/icons/**", "/favicon.ico",
						"/sw.js", "/manifest.webmanifest",
						"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				// Money and rights: a role that handles them must have passed the second factor in this session.
				.requestMatchers(HttpMethod.POST, "/agreements", "/agreements/*").access(StepUp.after(hasRole(COORDINATOR)))
				.requestMatchers(HttpMethod.POST, "/admin/staff/*/roles", "/admin/staff/*/end",
						"/admin/staff/*/second-factor/reset")
				.access(StepUp.after(hasRole(Role.ADMIN.name())))
				.requestMatchers(HttpMethod.POST, "/payments/*/issue", "/payments/*/attest",
						"/agreements/*/payees/*/confirm", "/profile/tokens")
				.access(StepUp.after(authenticated()))
				.requestMatchers("/admin/mail", "/installation/**").hasRole(Role.INSTALLATION_ADMIN.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/agreements/new", "/agreements/*/edit").hasRole(COORDINATOR)
				.anyRequest().authenticated())
			.addFilterBefore(new SecondFactorFilter(secondFactors), AuthorizationFilter.class)
			.exceptionHandling(ex -> ex.defaultDeniedHandlerForMissingAuthority((request, response, missing) -> request
				.getRequestDispatcher("/second-factor/challenge").forward(request, response), Factors.TOTP))
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
				.deleteCookies(sessionCookie.name())
				// The night page's outbox, pass and cached pages go with the session: a shared phone keeps nothing.
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
						ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> responseHeaders(headers, pagePolicy(tileUrl)));
		PasskeyCeremonies ceremonies = new PasskeyCeremonies();
		http.webAuthn(passkeys -> passkeys.rpName("Nattvandring").disableDefaultRegistrationPage(true)
			.creationOptionsRepository(ceremonies.creations())
			.withObjectPostProcessor(new ObjectPostProcessor<Object>() {
				@Override
				public <O> O postProcess(O filter) {
					if (filter instanceof WebAuthnAuthenticationFilter signIn) {
						ProviderManager manager = new ProviderManager(PasskeySignIn.provider(relyingParty, users));
						// So that a passkey sign-in reaches the security log and the throttle as every other does.
						manager.setAuthenticationEventPublisher(authenticationEvents);
						signIn.setAuthenticationManager(manager);
						signIn.setRequestOptionsRepository(ceremonies.requests());
					}
					return filter;
				}
			}));
		if (cityProviders.any()) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(citySignIn))
				.successHandler(loginHandler)
				.failureHandler((request, response, failure) -> response
					.sendRedirect(request.getContextPath() + "/login?ssoRefused")));
		}
		SecurityFilterChain chain = http.build();
		// The configurer post-processes the sign-in filter but not the one that hands out the sign-in options.
		chain.getFilters().stream().filter(PublicKeyCredentialRequestOptionsFilter.class::isInstance)
			.map(PublicKeyCredentialRequestOptionsFilter.class::cast)
			.forEach(options -> options.setRequestOptionsRepository(ceremonies.requests()));
		return chain;
	}
}
