package se.nattvandring.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's layout the signed-in user, for the navigation and the role-specific links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserModelAdvice {

	@ModelAttribute("currentUser")
	@Nullable
	CurrentUser currentUser() {
		return CurrentUserArgumentResolver.fromSecurityContext();
	}
}
