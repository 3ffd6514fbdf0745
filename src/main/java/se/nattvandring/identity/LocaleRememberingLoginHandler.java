package se.nattvandring.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the user's chosen language wins over the browser's; after a failed login the page says why and keeps the
 * username that was typed.
 */
@Component
class LocaleRememberingLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler
		implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = "nattvandring.lastUsername";

	static final String PAUSE_SECONDS = "nattvandring.loginPauseSeconds";

	private final Accounts accounts;

	private final LocaleResolver locales;

	LocaleRememberingLoginHandler(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		CurrentUser user = UserPrincipal.userOf(authentication.getPrincipal());
		if (user != null) {
			accounts.preferredLanguage(user.userId())
				.ifPresent(language -> locales.setLocale(request, response, Locale.forLanguageTag(language)));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (username != null && username.length() <= 100) {
			request.getSession().setAttribute(LAST_USERNAME, username);
		}
		boolean throttled = exception instanceof ThrottledAuthenticationProvider.LoginThrottledException;
		if (exception instanceof ThrottledAuthenticationProvider.LoginThrottledException paused) {
			request.getSession().setAttribute(PAUSE_SECONDS, paused.seconds());
		}
		response.sendRedirect(request.getContextPath() + (throttled ? "/login?throttled" : "/login?error"));
	}
}
