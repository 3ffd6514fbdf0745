package se.nattvandring.identity;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Where money and rights are decided, a person in a role that handles them must have passed the second factor in this
 * session. The rule first asks what the route asks anyway (a role, or just a signed-in user); then, for the roles in
 * {@link SecondFactors#REQUIRED_FOR}, Spring Security's factor check, whose refusal names the missing factor, so that
 * the person is asked for the code rather than refused. A personal API token stands in for the factor: for these roles
 * one can only be made in a session that passed it.
 */
final class StepUp implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthorizationManager<RequestAuthorizationContext> route;

	private final AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> code = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.authority(Factors.TOTP))
		.build();

	private StepUp(AuthorizationManager<RequestAuthorizationContext> route) {
		this.route = route;
	}

	static StepUp after(AuthorizationManager<RequestAuthorizationContext> route) {
		return new StepUp(route);
	}

	@Override
	public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext request) {
		AuthorizationResult asked = route.authorize(authentication, request);
		if (asked == null || !asked.isGranted()) {
			return asked;
		}
		Authentication who = authentication.get();
		CurrentUser user = who == null ? null : UserPrincipal.userOf(who.getPrincipal());
		if (user == null || !SecondFactors.requiredFor(user)
				|| Factors.passed(who, FactorGrantedAuthority.BEARER_AUTHORITY)) {
			return new AuthorizationDecision(true);
		}
		return code.authorize(authentication, request);
	}
}
