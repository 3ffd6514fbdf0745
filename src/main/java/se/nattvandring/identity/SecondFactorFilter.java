package se.nattvandring.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a second-factor code sent with any form: the challenge page posts the original form again with the code, so
 * the action the person asked for goes through at once and nothing they typed is lost. A right code adds the factor to
 * the session (with a new session id, as after any sign-in); a wrong one leaves it out, and the route's own rule then
 * asks again.
 */
class SecondFactorFilter extends OncePerRequestFilter {

	static final String CODE = "secondFactorCode";

	static final String FAILED = SecondFactorFilter.class.getName() + ".FAILED";

	private final SecondFactors factors;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorFilter(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String code = request.getParameter(CODE);
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = who == null ? null : UserPrincipal.userOf(who.getPrincipal());
		if ("POST".equals(request.getMethod()) && code != null && user != null && !Factors.passed(who, Factors.TOTP)) {
			if (factors.verify(user.userId(), code)) {
				Authentication stronger = who.toBuilder()
					.authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(Factors.TOTP)))
					.build();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(stronger);
				SecurityContextHolder.setContext(context);
				request.changeSessionId();
				contexts.saveContext(context, request, response);
			}
			else {
				request.setAttribute(FAILED, Boolean.TRUE);
			}
		}
		chain.doFilter(request, response);
	}
}
