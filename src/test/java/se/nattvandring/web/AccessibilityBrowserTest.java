package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.Chromium;

/**
 * Every page of the product in real Chromium, at phone width (375 px) and desktop width (1280 px), checked by axe
 * against WCAG 2.1 AA with zero violations allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final List<String> PUBLIC_PAGES = List.of("/login", "/login?lang=en", "/login?error", "/accessibility",
			"/privacy", "/login/link", "/login/link?sent", "/login/ott?token=not-a-real-token", "/login?linkExpired");

	static final List<String> COORDINATOR_PAGES = List.of("/", "/agreements", "/agreements/1", "/agreements/2",
			"/agreements/new", "/agreements/1/edit", "/profile", "/no-such-page", "/agreements/999999",
			"/agreements/1/places", "/places/1/edit", "/agreements/1/place-plans", "/place-plans/todo", "/?lang=en",
			"/agreements/1?lang=en", "/agreements/1/places?lang=en", "/walks", "/walks?agreement=1&month=2024-10",
			"/walks?agreement=1&month=2024-12&lang=en", "/walks/1", "/walks/new?agreement=2",
			"/walks/new?agreement=2&series=true", "/walks/tonight", "/agreements/1/night-settings");

	/** An association's contact: walker registry, records, planning and staffing. */
	static final List<String> CONTACT_PAGES = List.of("/associations/2/walkers",
			"/associations/2/walkers?status=INACTIVE", "/walkers/1", "/walks", "/walks/new?agreement=2&series=true",
			"/calendar-feed", "/?lang=en", "/walkers/1?lang=en");

	/** A walker: their walks, their data, their feed. */
	static final List<String> WALKER_PAGES = List.of("/walks", "/me/data", "/calendar-feed", "/me/data?lang=en");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver driver;

	@AfterEach
	void quit() {
		if (driver != null) {
			driver.quit();
		}
	}

	static Stream<Arguments> widths() {
		return Stream.of(Arguments.of(375, 812), Arguments.of(1280, 900));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void login(String username) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("nattvandring");
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		// Until the start page is there the session is not either; a page opened sooner would be the login page.
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** A click that submits a form returns before the answer has replaced the page; wait for the answer. */
	<T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
	}

	void open(String page) {
		driver.get(url(page));
		assertThat(driver.getCurrentUrl()).as("still signed in on %s", page).doesNotContain("/login");
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	void assertAccessible(WebDriver driver, String page) {
		saveScreenshot(page);
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
			.isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on %s", page).isNotEmpty();
	}

	/** For people to look at what axe checked: target/screenshots, one file per page and width. */
	void saveScreenshot(String page) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			String name = driver.manage().window().getSize().getWidth() + "-" + page.replaceAll("[^A-Za-z0-9]+", "_");
			Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void everyPageHasNoAxeViolations(int width, int height) {
		driver = Chromium.start(width, height);
		for (String page : PUBLIC_PAGES) {
			driver.get(url(page));
			assertAccessible(driver, page);
		}
		login("distrikt");
		for (String page : COORDINATOR_PAGES) {
			open(page);
			assertAccessible(driver, page);
		}
		driver.get(url("/agreements/new?lang=sv"));
		driver.findElement(By.id("f-title")).sendKeys("<b>x</b>");
		driver.findElement(By.id("f-age")).clear();
		driver.findElement(By.id("f-age")).sendKeys("sjutton");
		driver.findElement(By.cssSelector(".actions button[type=submit]")).click();
		assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))).getText())
			.startsWith("Formuläret har");
		assertThat(driver.findElement(By.id("f-age")).getAttribute("value")).isEqualTo("sjutton");
		assertAccessible(driver, "the agreement form with errors");

		driver.get(url("/agreements/1/places"));
		driver.findElement(By.id("p-lat")).sendKeys("18.01");
		driver.findElement(By.id("p-lon")).sendKeys("59.28");
		driver.findElement(By.cssSelector("#add button[type=submit]")).click();
		assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))).isDisplayed())
			.isTrue();
		assertThat(driver.findElement(By.id("p-lat")).getAttribute("value")).isEqualTo("18.01");
		assertAccessible(driver, "the place form with errors");
	}

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void theWalkPagesOfContactsWalkersAndAdminsHaveNoAxeViolations(int width, int height) {
		long upcoming = jdbc.sql("select id from walk where agreement_id = 2 and association_id = 2"
				+ " and status = 'PLANNED' and starts_at > now() order by starts_at limit 1").query(Long.class).single();
		driver = Chromium.start(width, height);
		login("aik");
		for (String page : CONTACT_PAGES) {
			open(page);
			assertAccessible(driver, page);
		}
		open("/walks/" + upcoming);
		assertThat(driver.findElements(By.id("assign"))).isNotEmpty();
		assertAccessible(driver, "an upcoming walk as its contact");

		open("/walks/new?agreement=2&series=true&lang=sv");
		// A date input takes keystrokes in the browser's own date format; set the value as the picker would.
		driver.executeScript("document.getElementById('walk-first').value = '2026-12-20';"
				+ "document.getElementById('walk-last').value = '2026-12-01';");
		driver.findElement(By.id("walk-meeting")).sendKeys("Älvsjö station");
		driver.findElement(By.cssSelector("form button.primary")).click();
		assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))).getText())
			.contains("slutar innan den börjar");
		assertThat(driver.findElement(By.id("walk-meeting")).getAttribute("value")).isEqualTo("Älvsjö station");
		assertAccessible(driver, "the series form with errors");

		open("/associations/2/walkers");
		driver.findElement(By.id("walker-name")).sendKeys("Test 19800101-1234");
		driver.findElement(By.cssSelector("#register button[type=submit]")).click();
		assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))).isDisplayed()).isTrue();
		assertAccessible(driver, "the walker form with errors");
		driver.quit();

		driver = Chromium.start(width, height);
		login("vandrare");
		for (String page : WALKER_PAGES) {
			open(page);
			assertAccessible(driver, page);
		}
		open("/walks/" + upcoming);
		assertAccessible(driver, "an upcoming walk as a walker");
		driver.quit();

		driver = Chromium.start(width, height);
		login("admin");
		open("/admin/mail");
		assertAccessible(driver, "the mail log");
	}

	long tonightsWalk() {
		return jdbc.sql("select w.id from walk w join walker k on k.id = w.team_leader_id"
				+ " where k.name = 'Leila Andersson' and w.starts_at between now() - interval '1 day'"
				+ " and now() + interval '1 day' order by w.starts_at limit 1").query(Long.class).single();
	}

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void tonightsWalkOnThePhoneHasNoAxeViolations(int width, int height) {
		driver = Chromium.start(width, height);
		login("vandrare");
		open("/walks/" + tonightsWalk() + "/night");
		assertThat(driver.findElement(By.id("outbox-count")).getText()).isNotBlank();
		assertAccessible(driver, "tonight's walk");
		driver.findElement(By.id("show-map")).click();
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("route-map")));
		assertAccessible(driver, "tonight's walk with its map");
	}

	/**
	 * In a tunnel: three observations wait in the outbox, the page says so, and when the network returns they are sent
	 * and stored exactly once each. Then check-out and the report screen, each checked by axe.
	 */
	@Test
	void observationsLoggedOfflineAreKeptAndStoredExactlyOnceWhenTheNetworkReturns() {
		long walk = tonightsWalk();
		driver = Chromium.start(375, 812);
		login("vandrare");
		open("/walks/" + walk + "/night");
		if (driver.findElement(By.tagName("main")).getText().contains("Checka in")) {
			driver.findElement(By.xpath("//button[normalize-space()='Checka in']")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-url$='/observations']")));
		}
		assertAccessible(driver, "tonight's walk in progress");
		long before = count("walk_observation", walk);
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		driver.setNetworkConditions(offline);

		for (int i = 1; i <= 3; i++) {
			driver.findElement(By.id("o-note")).clear();
			driver.findElement(By.id("o-note")).sendKeys("Observation " + i);
			driver.findElement(By.cssSelector("form[data-url$='/observations'] button[type=submit]")).click();
			waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), i + " ej skickade"));
		}
		assertThat(count("walk_observation", walk)).isEqualTo(before);
		assertAccessible(driver, "tonight's walk with writes waiting");

		driver.deleteNetworkConditions();
		driver.executeScript("window.dispatchEvent(new Event('online'));");
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
		waitFor(d -> count("walk_observation", walk) == before + 3);
		assertThat(driver.executeAsyncScript("var done = arguments[0]; var r = indexedDB.open('nattvandring-outbox');"
				+ "r.onsuccess = function () { var q = r.result.transaction('writes').objectStore('writes').count();"
				+ "q.onsuccess = function () { done(q.result); }; };")).isEqualTo(0L);

		open("/walks/" + walk + "/night");
		driver.findElement(By.xpath("//button[normalize-space()='Checka ut']")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("r-summary")));
		assertAccessible(driver, "the report form after check-out");
		assertThat(count("walk_observation", walk)).isEqualTo(before + 3);
	}

	long count(String table, long walk) {
		return jdbc.sql("select count(*) from " + table + " where walk_id = :w").param("w", walk).query(Long.class)
			.single();
	}


	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void aPartyApprovesThePlacePlanOnAnAccessiblePage(int width, int height) {
		driver = Chromium.start(width, height);
		login("folkparken");
		driver.findElement(By.partialLinkText("Platsplaner väntar")).click();
		waitFor(ExpectedConditions.urlContains("/place-plans/todo"));
		assertAccessible(driver, "the to-do list of folkparken");
		driver.findElement(By.partialLinkText("IOP nattvandring Älvsjö/Solberga")).click();
		assertThat(waitFor(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("form.answer"))))
			.isNotEmpty();
		assertAccessible(driver, "the place plans with an answer form");
	}

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void everyRolesStartPageHasNoAxeViolations(int width, int height) {
		for (String user : List.of("falt", "aik", "stiftelsen", "vandrare", "admin")) {
			driver = Chromium.start(width, height);
			login(user);
			assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
			assertAccessible(driver, "start page of " + user);
			driver.quit();
			driver = null;
		}
	}

	@Test
	void aCoordinatorOpensTheSeedAgreementAndSwitchesToEnglish() {
		driver = Chromium.start(375, 812);
		login("distrikt");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dina IOP-avtal");

		driver.findElement(By.linkText("Avtal")).click();
		waitFor(ExpectedConditions.urlMatches("/agreements$"));
		driver.findElement(By.linkText("IOP nattvandring Älvsjö/Solberga")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "IOP nattvandring Älvsjö/Solberga"));
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("1 700 kr per genomförd nattvandring", "sön 1 sep 2024", "ons 31 dec 2025", "Södra Folkparken");

		driver.findElement(By.linkText("English")).click();
		waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("1 700 kr per completed night walk", "Extension decisions");
		driver.findElement(By.linkText("Home")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Your IOP agreements"));
	}
}
