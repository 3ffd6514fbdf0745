package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.notification.CalendarFeeds;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;

/**
 * Membership ends every way in at once: a session opened before, a sign-in link mailed before, an API token and the
 * calendar feed. Reactivation gives none of them back. The walker is this test's own, so it changes no one else's.
 */
@IntegrationTest
class AccessEndsWithMembershipTests {

	private static final Pattern LINK = Pattern.compile("/login/ott\\?token=([A-Za-z0-9-]+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Walkers walkers;

	@Autowired
	ApiTokens tokens;

	@Autowired
	CalendarFeeds feeds;

	@Test
	void aDeactivatedWalkerLosesEverySessionLinkTokenAndFeedAtOnceAndReactivationGivesNoneBack() {
		String email = "avslutad-" + UUID.randomUUID().toString().substring(0, 8) + "@exempel.se";
		Cookie contact = new DemoLogins(mvc).session("aik");
		long walker = walkers.register(2, new WalkerDraft("Ebba Avslutad", "070-111 22 33", email,
				LocalDate.of(1980, 5, 5), LocalDate.of(2025, 1, 1)), DemoUsers.aikContact(jdbc)).requiredId();
		assertThat(mvc.post().uri("/walkers/" + walker + "/invite").cookie(contact).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		Cookie session = signInWith(linkMailedTo(email));
		assertThat(mvc.get().uri("/me/data").cookie(session)).hasStatusOk().bodyText().contains("Ebba Avslutad");
		assertThat(mvc.post().uri("/login/link").param("email", email).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		String unusedLink = linkMailedTo(email);
		long userId = walkers.accountOf(walker).orElseThrow();
		String token = tokens.issue(userId, "telefonen").secret();
		assertThat(mvc.get().uri("/api/v1/walks").header("Authorization", "Bearer " + token)).hasStatusOk();
		String feed = feedPath(walker);
		assertThat(mvc.get().uri(feed)).hasStatusOk();

		assertThat(mvc.post().uri("/walkers/" + walker + "/deactivate").cookie(contact).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		assertAllWaysInAreShut(session, unusedLink, token, feed);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", usernameOf(userId)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select changes::text from audit_entry where entity_type = 'user' and entity_id = :id
				and action = 'disabled'""").param("id", String.valueOf(userId)).query(String.class).list())
			.singleElement().satisfies(changes -> assertThat(changes)
				.contains("\"sessionsEnded\": 1", "\"signInLinksVoided\": 1", "\"apiTokensRevoked\": 1")
				.doesNotContain(token, unusedLink));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from calendar_feed where walker_id = :id and revoked_at is null")
			.param("id", walker).query(Long.class).single()).isZero());

		assertThat(mvc.post().uri("/walkers/" + walker + "/reactivate").cookie(contact).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		assertAllWaysInAreShut(session, unusedLink, token, feed);
		assertThat(feeds.activeSince(new CalendarFeeds.Owner(walker, null)))
			.as("a reactivated walker makes a new feed address; the old one stays closed").isEmpty();
	}

	private void assertAllWaysInAreShut(Cookie session, String link, String token, String feed) {
		assertThat(mvc.get().uri("/me/data").cookie(session)).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		assertThat(mvc.post().uri("/login/ott").param("token", link).with(csrf()).exchange()
			.getResponse().getRedirectedUrl()).contains("linkExpired");
		assertThat(mvc.get().uri("/api/v1/walks").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(mvc.get().uri(feed)).hasStatus(404);
	}

	private String linkMailedTo(String email) {
		List<String> bodies = jdbc.sql("select body from mail_message where recipient = :r order by id desc limit 1")
			.param("r", email).query(String.class).list();
		Matcher link = LINK.matcher(bodies.get(0));
		assertThat(link.find()).as(bodies.get(0)).isTrue();
		return link.group(1);
	}

	private Cookie signInWith(String link) {
		var signIn = mvc.post().uri("/login/ott").param("token", link).with(csrf()).exchange();
		assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("login");
		return SessionCookies.of(signIn);
	}

	private String feedPath(long walker) {
		String url = feeds.issue(new CalendarFeeds.Owner(walker, null));
		return url.substring(url.indexOf("/feeds/"));
	}

	private String usernameOf(long userId) {
		return jdbc.sql("select username from user_account where id = :id").param("id", userId).query(String.class)
			.single();
	}
}
