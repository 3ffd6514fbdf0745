package se.nattvandring.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on API calls. A token that does not match is a 401 that says why (unknown,
 * revoked, ended, expired), never a fall-through; a scoped token is a 403 on any request it does not list.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	private final AccessDeniedHandler deniedHandler;

	BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, AccessDeniedHandler deniedHandler) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.deniedHandler = deniedHandler;
	}

	static boolean carriesBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader("Authorization").substring(PREFIX.length()).trim();
		ApiTokens.Check check = secret.isEmpty() ? new ApiTokens.Refused("unknown") : tokens.authenticate(secret);
		if (check instanceof ApiTokens.Refused refused) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new TokenRefusedException(refused.reason()));
			return;
		}
		ApiTokens.Accepted accepted = (ApiTokens.Accepted) check;
		String asked = request.getMethod() + " " + request.getRequestURI();
		if (accepted.scoped() && !accepted.allowed().contains(asked)) {
			deniedHandler.handle(request, response, new TokenScopeException(asked));
			return;
		}
		UserPrincipal principal = accepted.principal();
		var context = SecurityContextHolder.createEmptyContext();
		List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
