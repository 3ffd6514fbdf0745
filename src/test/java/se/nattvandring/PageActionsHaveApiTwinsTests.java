package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.nattvandring.support.IntegrationTest;

/**
 * Everything a page does, the API does: each form action of the pages is either paired with the API operation that
 * does the same, or allowed without one for a reason written here. A new page action without either fails, and so
 * does a pairing with an operation that does not exist.
 */
@IntegrationTest
class PageActionsHaveApiTwinsTests {

	private static final String BROWSER = "reason: the browser session's own concern; a token caller has no session";

	/** A page action, "POST /walks/{id}/cancel", and its API twin or the reason it has none. */
	static final Map<String, String> TWINS = Map.ofEntries(
			Map.entry("POST /admin/staff", "POST /api/v1/staff"),
			Map.entry("POST /admin/staff/{id}/end", "POST /api/v1/people/{id}/end-access"),
			Map.entry("POST /admin/staff/{id}/roles", "PUT /api/v1/people/{id}/roles"),
			Map.entry("POST /admin/staff/{id}/second-factor/reset",
					"reason: resetting a person's second factor is done face to face by an administrator signed in "
							+ "with their own second factor; a token must not be able to undo one"),
			Map.entry("POST /admin/staff/{id}/sessions/end", BROWSER),
			Map.entry("POST /agreements", "POST /api/v1/agreements"),
			Map.entry("POST /agreements/{id}", "PUT /api/v1/agreements/{id}"),
			Map.entry("POST /agreements/{id}/dialogue", "POST /api/v1/agreements/{id}/dialogue-meetings"),
			Map.entry("POST /agreements/{id}/evaluation/assessment", "PUT /api/v1/agreements/{id}/evaluation/assessment"),
			Map.entry("POST /agreements/{id}/evaluation/comment", "PUT /api/v1/agreements/{id}/evaluation/comment"),
			Map.entry("POST /agreements/{id}/evaluation/decision", "POST /api/v1/agreements/{id}/evaluation/decision"),
			Map.entry("POST /agreements/{id}/night-settings", "PUT /api/v1/agreements/{id}/night-settings"),
			Map.entry("POST /agreements/{id}/payees/{organisationId}/confirm",
					"POST /api/v1/organisations/{id}/invoicing/confirm"),
			Map.entry("POST /agreements/{id}/payments", "POST /api/v1/agreements/{id}/payment-bases"),
			Map.entry("POST /agreements/{id}/place-plans", "POST /api/v1/agreements/{id}/place-plans"),
			Map.entry("POST /agreements/{id}/place-plans/approvers", "PUT /api/v1/agreements/{id}/place-plans/approvers"),
			Map.entry("POST /agreements/{id}/places", "POST /api/v1/agreements/{id}/places"),
			Map.entry("POST /associations/{id}/walkers", "POST /api/v1/associations/{id}/walkers"),
			Map.entry("POST /calendar-feed", "POST /api/v1/me/calendar-feed"),
			Map.entry("POST /calendar-feed/revoke", "DELETE /api/v1/me/calendar-feed"),
			Map.entry("POST /decisions/approve", "POST /api/v1/decisions/approve"),
			Map.entry("POST /decisions/walks/{id}", "POST /api/v1/walks/{id}/decision"),
			Map.entry("POST /dialogue/{meetingId}/minutes", "PUT /api/v1/dialogue-meetings/{id}/minutes"),
			Map.entry("POST /installation/districts", "POST /api/v1/districts"),
			Map.entry("POST /profile/language", BROWSER),
			Map.entry("POST /login/link", BROWSER),
			Map.entry("POST /organisation/invoicing", "PUT /api/v1/organisations/{id}/invoicing"),
			Map.entry("POST /organisations", "POST /api/v1/organisations"),
			Map.entry("POST /profile/passkeys/remove", BROWSER),
			Map.entry("POST /profile/password", BROWSER),
			Map.entry("POST /payments/{id}/attest", "POST /api/v1/payment-bases/{id}/attest"),
			Map.entry("POST /payments/{id}/discard", "DELETE /api/v1/payment-bases/{id}"),
			Map.entry("POST /payments/{id}/issue", "POST /api/v1/payment-bases/{id}/issue"),
			Map.entry("POST /payments/{id}/refresh", "POST /api/v1/payment-bases/{id}/refresh"),
			Map.entry("POST /people", "POST /api/v1/people"),
			Map.entry("POST /people/{id}/end", "POST /api/v1/people/{id}/end-access"),
			Map.entry("POST /place-plans/{planId}/answers", "POST /api/v1/place-plans/{planId}/approvals"),
			Map.entry("POST /places/{id}", "PUT /api/v1/places/{id}"),
			Map.entry("POST /profile/second-factor/confirm", BROWSER),
			Map.entry("POST /profile/second-factor/start", BROWSER),
			Map.entry("POST /profile/sessions/end", BROWSER),
			Map.entry("POST /second-factor", BROWSER),
			Map.entry("POST /second-factor/challenge", BROWSER),
			Map.entry("POST /setup/{token}", "reason: an installation is set up once, from its one-time link, "
					+ "before any account or token exists"),
			Map.entry("POST /profile/tokens", "reason: a token is made by a person signed in; a token that makes tokens "
					+ "would outlive its own revocation"),
			Map.entry("POST /profile/tokens/{id}/revoke", BROWSER),
			Map.entry("POST /walkers/{id}", "PUT /api/v1/walkers/{id}"),
			Map.entry("POST /walkers/{id}/deactivate", "POST /api/v1/walkers/{id}/deactivate"),
			Map.entry("POST /walkers/{id}/invite", "POST /api/v1/walkers/{id}/invite"),
			Map.entry("POST /walkers/{id}/loans", "POST /api/v1/walkers/{id}/loans"),
			Map.entry("POST /walkers/{id}/loans/{index}/return", "POST /api/v1/walkers/{id}/loans/{index}/return"),
			Map.entry("POST /walkers/{id}/reactivate", "POST /api/v1/walkers/{id}/reactivate"),
			Map.entry("POST /walkers/{id}/trainings", "POST /api/v1/walkers/{id}/trainings"),
			Map.entry("POST /walks", "POST /api/v1/walks"),
			Map.entry("POST /walks/series", "POST /api/v1/walks/series"),
			Map.entry("POST /walks/{id}/cancel", "POST /api/v1/walks/{id}/cancel"),
			Map.entry("POST /walks/{id}/leader", "PUT /api/v1/walks/{id}/leader"),
			Map.entry("POST /walks/{id}/night-pass/revoke", "DELETE /api/v1/walks/{id}/night-passes/{walkerId}"),
			Map.entry("POST /walks/{id}/night-passes/{walkerId}/revoke",
					"DELETE /api/v1/walks/{id}/night-passes/{walkerId}"),
			Map.entry("POST /walks/{id}/signups", "POST /api/v1/walks/{id}/signups"),
			Map.entry("POST /walks/{id}/signups/{walkerId}/delete", "DELETE /api/v1/walks/{id}/signups/{walkerId}"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPageActionHasAnApiTwinOrAWrittenReason() {
		Set<String> pageActions = new TreeSet<>();
		Set<String> apiOperations = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (String path : info.getPathPatternsCondition().getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					String key = method.name() + " " + path;
					if (path.startsWith("/api/")) {
						apiOperations.add(key);
					}
					else if (method != RequestMethod.GET && !path.startsWith("/error")) {
						pageActions.add(key);
					}
				}
			}
		}

		List<String> withoutTwin = new ArrayList<>();
		Map<String, String> pairedWithNothing = new TreeMap<>();
		for (String action : pageActions) {
			String twin = TWINS.get(action);
			if (twin == null) {
				withoutTwin.add(action);
			}
			else if (!twin.startsWith("reason: ") && !apiOperations.contains(twin)) {
				pairedWithNothing.put(action, twin);
			}
		}

		assertThat(withoutTwin).as("page actions with neither an API twin nor a written reason").isEmpty();
		assertThat(pairedWithNothing).as("page actions paired with an API operation that does not exist").isEmpty();
		assertThat(TWINS.keySet()).as("pairings of page actions that no longer exist").isSubsetOf(pageActions);
	}
}
