package se.nattvandring.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records in the security log each refusal a module makes itself (the agreement is another district's, the walker
 * another association's), which Spring Security's own authorization events never see. It resolves nothing: the
 * refusal goes on to the API's problem details or the pages' 403 as before.
 */
@Component
class ModuleRefusals implements HandlerExceptionResolver, Ordered {

	private final SecurityLog log;

	ModuleRefusals(SecurityLog log) {
		this.log = log;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		// Route refusals arrive as AuthorizationDeniedException and are already logged from their event.
		if (ex instanceof AccessDeniedException && !(ex instanceof AuthorizationDeniedException)) {
			log.refusedByModule(SecurityContextHolder.getContext().getAuthentication());
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}
}
