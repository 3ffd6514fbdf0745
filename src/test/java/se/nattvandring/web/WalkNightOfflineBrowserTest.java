package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.Chromium;
import se.nattvandring.walk.NightTestWorld;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walk night loses nothing, in Chromium at 375 px through the real page: when the session ends, when the network
 * is gone (the page reloaded from the service worker's cache), when the server stops and comes back without its
 * sessions, and when the server refuses a write. Each test has its own walker, login and walk.
 */
class WalkNightOfflineBrowserTest extends ProxiedBrowserTestSupport {

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	NightTestWorld.Walker walker;

	long walk;

	@BeforeEach
	void aWalkerOnTheirWayToTheMeetingPoint() {
		walker = world.walker(NightTestWorld.AIK);
		walk = world.walkStartingWithinTheHour(walker);
	}

	@Test
	void whenTheSessionCookieIsGoneTheNightPassCarriesTheObservationAndThePageAsksForASignIn() throws Exception {
		checkedIn();
		driver.manage().deleteCookieNamed("SESSION");

		observe("Samling vid entrén");

		waitFor(d -> world.count("walk_observation", walk) == 1);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("night-signin")));
		assertThat(driver.findElement(By.id("night-signin-why")).getText()).contains("kvällsnyckeln skickar");
		assertAccessible(driver, "tonight's walk asking for a sign-in");
		signInAgain();
		assertThat(observationNotes()).containsExactly("Samling vid entrén");

		// Logging out leaves nothing of the night on a shared phone: no outbox, no pass, no cached page.
		driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waitFor(ExpectedConditions.urlContains("/login"));
		assertThat(driver.executeAsyncScript(NOTHING_LEFT)).isEqualTo(true);
	}

	static final String NOTHING_LEFT = """
			var done = arguments[arguments.length - 1];
			caches.keys().then(function (keys) {
			  var pages = keys.filter(function (k) { return k.indexOf('nv-night-') === 0; });
			  return indexedDB.databases().then(function (dbs) {
			    done(pages.length === 0 && !dbs.some(function (d) { return d.name === 'nattvandring-outbox'; }));
			  });
			}, function () { done(false); });
			""";

	@Test
	void whenTheSessionAndThePassHaveEndedThreeObservationsWaitAndAreStoredOnceAfterSigningInAgain() throws Exception {
		checkedIn();
		endEverySessionOnTheServer();
		assertThat(api("DELETE", "/api/v1/walks/" + walk + "/night-passes/" + walker.walkerId()).statusCode())
			.isEqualTo(204);

		for (int i = 1; i <= 3; i++) {
			observe("Observation " + i);
			waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), i + " ej skickade"));
		}
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("night-signin")));
		assertThat(driver.findElement(By.id("night-signin-why")).getText()).contains("finns kvar i telefonen");
		assertThat(world.count("walk_observation", walk)).isZero();

		signInAgain();

		waitFor(d -> world.count("walk_observation", walk) == 3);
		assertThat(observationNotes()).containsExactlyInAnyOrder("Observation 1", "Observation 2", "Observation 3");
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
	}

	@Test
	void reloadedWithoutANetworkThePageShowsTheWalkFromTheCacheAndItsWritesAreSentOnceTheNetworkReturns() {
		checkedIn();
		waitFor(d -> Boolean.TRUE.equals(driver.executeAsyncScript(CACHED_IN_PROGRESS, "/observations")));
		String heading = driver.findElement(By.tagName("h1")).getText();
		network.down();

		driver.navigate().refresh();

		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-night]")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(driver.findElement(By.cssSelector("a[href='tel:112']")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("a[href='tel:11414']")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("outbox-count")).getText()).isEqualTo("Allt är skickat");
		driver.findElement(By.cssSelector("form[data-url$='/visits'] button")).click();
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "1 ej skickade"));
		observe("I tunneln");
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "2 ej skickade"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("night-offline")));
		assertAccessible(driver, "tonight's walk offline from the cache");
		assertThat(world.count("walk_visit", walk)).isZero();

		network.up();
		driver.executeScript("window.dispatchEvent(new Event('online'));");

		waitFor(d -> world.count("walk_visit", walk) == 1 && world.count("walk_observation", walk) == 1);
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
		assertThat(world.count("walk_visit", walk)).isEqualTo(1);
		assertThat(world.count("walk_observation", walk)).isEqualTo(1);
	}

	@Test
	void writesWaitingWhileTheServerIsDownGoOutOnceWhenItIsBackWithoutItsSessions() {
		checkedIn();
		network.down();
		observe("Före omstarten 1");
		observe("Före omstarten 2");
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "2 ej skickade"));

		endEverySessionOnTheServer();
		network.up();
		driver.executeScript("window.dispatchEvent(new Event('online'));");

		waitFor(d -> world.count("walk_observation", walk) == 2);
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
		assertThat(world.count("walk_observation", walk)).isEqualTo(2);
	}

	@Test
	void aRefusedWriteIsListedWithTheServersReasonAndCanBeCorrectedOrRemoved() {
		checkedIn();
		WebElement count = driver.findElement(By.name("youth.under13"));
		count.sendKeys("600");
		observe("Stor samling");

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("night-refused")));
		String listed = driver.findElement(By.id("night-refused-list")).getText();
		assertThat(listed).contains("Observation").contains("500");
		assertThat(world.count("walk_observation", walk)).isZero();
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
		assertAccessible(driver, "tonight's walk with a refused write");

		driver.findElement(By.xpath("//ul[@id='night-refused-list']//button[normalize-space()='Ändra']")).click();

		assertThat(driver.findElement(By.id("o-note")).getAttribute("value")).isEqualTo("Stor samling");
		assertThat(driver.findElement(By.name("youth.under13")).getAttribute("value")).isEqualTo("600");
		assertThat(driver.findElement(By.id("night-refused")).isDisplayed()).isFalse();
	}

	static final String CACHED_IN_PROGRESS = """
			var done = arguments[arguments.length - 1], marker = arguments[0];
			caches.keys().then(function (keys) {
			  return Promise.all(keys.filter(function (k) { return k.indexOf('nv-night-') === 0; }).map(function (k) {
			    return caches.open(k).then(function (c) { return c.match(location.href); });
			  }));
			}).then(function (pages) {
			  var page = pages.filter(Boolean)[0];
			  return page ? page.text() : '';
			}).then(function (html) { done(html.indexOf(marker) >= 0); }, function () { done(false); });
			""";

	static final String HAS_PASS = """
			var done = arguments[arguments.length - 1];
			var r = indexedDB.open('nattvandring-outbox');
			r.onsuccess = function () {
			  var db = r.result;
			  if (!db.objectStoreNames.contains('passes')) { db.close(); done(0); return; }
			  var q = db.transaction('passes').objectStore('passes').count();
			  q.onsuccess = function () { db.close(); done(q.result); };
			};
			r.onerror = function () { done(0); };
			""";

	/** Signed in on the phone, the night page open with its pass, and the team checked in. */
	void checkedIn() {
		driver = Chromium.start(375, 812);
		login(walker.username(), NightTestWorld.PASSWORD);
		open("/walks/" + walk + "/night");
		waitFor(d -> ((Number) driver.executeAsyncScript(HAS_PASS)).intValue() == 1);
		driver.findElement(By.xpath("//button[normalize-space()='Checka in']")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-url$='/observations']")));
		assertThat(world.status(walk)).isEqualTo("IN_PROGRESS");
	}

	void observe(String note) {
		WebElement field = driver.findElement(By.id("o-note"));
		field.clear();
		field.sendKeys(note);
		driver.findElement(By.cssSelector("form[data-url$='/observations'] button[type=submit]")).click();
	}

	void signInAgain() {
		driver.findElement(By.id("s-username")).sendKeys(walker.email());
		driver.findElement(By.id("s-password")).sendKeys(NightTestWorld.PASSWORD);
		driver.findElement(By.cssSelector("#night-signin-form button[type=submit]")).click();
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("night-signin")));
	}

	/** As a lost session would: every session the server held is gone from its store. */
	void endEverySessionOnTheServer() {
		jdbc.sql("delete from spring_session").update();
	}

	java.util.List<String> observationNotes() throws Exception {
		HttpResponse<String> answer = api("GET", "/api/v1/walks/" + walk);
		JsonNode night = json.readTree(answer.body()).get("night");
		return night.get("observations").findValues("note").stream().map(JsonNode::asString).toList();
	}

	HttpResponse<String> api(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer demo-token-aik").method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
