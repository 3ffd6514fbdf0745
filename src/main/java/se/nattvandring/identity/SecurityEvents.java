package se.nattvandring.identity;

import org.jspecify.annotations.Nullable;

/** What this module tells the security log beyond Spring Security's own authentication and authorization events. */
final class SecurityEvents {

	private SecurityEvents() {
	}

	/** A sign-in that reached no account, named by method and a fixed reason code. */
	record SignInRefused(String method, String reason) {
	}

	/** A second-factor code tried, enrolled or reset. {@code userId} is whose factor it was. */
	record SecondFactor(long userId, String what, boolean succeeded, @Nullable Long byUserId) {
	}

	/** A personal API token or night pass used, or refused. */
	record TokenUsed(long userId, boolean succeeded) {
	}
}
