package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.SessionCookies;

/**
 * The login pause counts per account and per address, in the database, and never keeps a user out for minutes. Each
 * test has its own account and its own addresses (TEST-NET-2), so the counts of one never touch another's.
 */
@IntegrationTest
class LoginThrottleTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@ParameterizedTest(name = "{0}: after {1} failures, {2} s")
	@CsvSource({ "account, 0, 0", "account, 3, 0", "account, 4, 1", "account, 5, 2", "account, 8, 16",
			"account, 9, 30", "account, 500, 30", "address, 10, 0", "address, 11, 1", "address, 19, 256",
			"address, 20, 300", "address, 100000, 300" })
	void eachFailureBeyondTheFreeOnesDoublesThePauseUpToItsCap(String per, int failures, long seconds) {
		LoginThrottle.Rule rule = per.equals("account") ? LoginThrottle.PER_ACCOUNT : LoginThrottle.PER_ADDRESS;

		assertThat(rule.pauseAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void theUsernameAndTheEmailAddressCountAgainstTheSameAccount() {
		String name = account();
		for (int i = 0; i < 2; i++) {
			assertThat(login(name, "fel", newAddress())).hasRedirectedUrl("/login?error");
			assertThat(login(name + "@exempel.se", "fel", newAddress())).hasRedirectedUrl("/login?error");
		}

		MvcTestResult paused = login(name + "@exempel.se", "rätt-lösenord", newAddress());

		assertThat(paused).hasRedirectedUrl("/login?throttled");
		assertThat(mvc.get().uri("/login?throttled").cookie(SessionCookies.of(paused))).bodyText()
			.contains("För många misslyckade inloggningar. Vänta en sekund och");
		assertThat(jdbc.sql("select failures from login_throttle where throttle_key = :key")
			.param("key", "account:" + userId(name)).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void anAttackersGuessesFromManyAddressesPauseTheOwnerForHalfAMinuteAtMost() {
		String name = account();
		for (int i = 0; i < 40; i++) {
			login(name, "gissning-" + i, newAddress());
		}

		Duration pause = throttle.pauseFor(name, newAddress());

		assertThat(pause).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
		LoginThrottle afterTheWait = new LoginThrottle(jdbc, accounts, Clock.offset(clock, Duration.ofSeconds(31)));
		assertThat(afterTheWait.pauseFor(name, newAddress())).isZero();
		assertThat(login(name, "rätt-lösenord", newAddress())).as("a paused try does not count")
			.hasRedirectedUrl("/login?throttled");
	}

	@Test
	void oneAddressGuessingManyNamesIsPausedWhileTheOwnerSignsInFromAnother() {
		String name = account();
		String guesser = newAddress();
		for (int i = 0; i < 12; i++) {
			login("okand-" + UUID.randomUUID(), "gissning", guesser);
		}

		assertThat(login(name, "rätt-lösenord", guesser)).hasRedirectedUrl("/login?throttled");
		MvcTestResult owner = login(name, "rätt-lösenord", newAddress());
		assertThat(owner.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void thePauseIsInTheDatabaseSoItOutlivesARestartAndHoldsOnEveryInstance() {
		String name = account();
		for (int i = 0; i < 6; i++) {
			login(name, "fel", newAddress());
		}

		LoginThrottle anotherInstance = new LoginThrottle(jdbc, accounts, clock);

		assertThat(anotherInstance.pauseFor(name, null)).isPositive();
		assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key like '%fel%'")
			.query(Long.class).single()).as("no key holds what was typed as a password").isZero();
	}

	@Test
	void aRightPasswordClearsTheAccountsCount() {
		String name = account();
		for (int i = 0; i < 3; i++) {
			login(name, "fel", newAddress());
		}

		assertThat(login(name, "rätt-lösenord", newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = :key")
			.param("key", "account:" + userId(name)).query(Long.class).single()).isZero();
	}

	private MvcTestResult login(String name, String password, String address) {
		return mvc.post().uri("/login").param("username", name).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).exchange();
	}

	@Test
	void signInLinksAskedForOneAccountSlowDownAndEveryAnswerIsTheSame() {
		String name = account();
		String email = name + "@exempel.se";

		for (int i = 0; i < 8; i++) {
			assertThat(askLink(email, newAddress())).hasRedirectedUrl("/login/link?sent");
		}

		assertThat(mailsTo(email)).as("links mailed for 8 asks in a row").isBetween(1L, 6L);
	}

	@Test
	void oneAddressAskingForManyLinksIsPausedWhileOthersStillGetTheirs() {
		String from = newAddress();
		for (int i = 0; i < LoginThrottle.LINKS_PER_ADDRESS.freeFailures() + 1; i++) {
			assertThat(askLink("okand-" + UUID.randomUUID() + "@exempel.se", from))
				.hasRedirectedUrl("/login/link?sent");
		}
		String email = account() + "@exempel.se";

		assertThat(askLink(email, from)).as("the same answer as a sent link").hasRedirectedUrl("/login/link?sent");
		assertThat(mailsTo(email)).as("nothing mailed from the paused address").isZero();
		assertThat(askLink(email, newAddress())).hasRedirectedUrl("/login/link?sent");
		assertThat(mailsTo(email)).as("the owner, from elsewhere, gets a link").isOne();
	}

	private MvcTestResult askLink(String email, String address) {
		return mvc.post().uri("/login/link").param("email", email).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

	private long mailsTo(String email) {
		return jdbc.sql("select count(*) from mail_message where recipient = :r").param("r", email)
			.query(Long.class).single();
	}

	private String account() {
		String name = "spärr-" + UUID.randomUUID().toString().substring(0, 8);
		var district = organisations.byName("Hägersten-Älvsjö stadsdelsförvaltning").orElseThrow();
		CurrentUser user = accounts.create(name, "Spärr Testsson", "rätt-lösenord", district,
				Set.of(Role.FIELD_ASSISTANT));
		accounts.updateContact(user.userId(), "Spärr Testsson", name + "@exempel.se");
		return name;
	}

	private long userId(String name) {
		return accounts.byUsername(name).orElseThrow().requiredId();
	}

	private static String newAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
	}
}
