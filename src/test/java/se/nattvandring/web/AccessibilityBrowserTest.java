package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.nattvandring.support.Chromium;

/**
 * Every page of the product in real Chromium, at phone width (375 px) and desktop width (1280 px), checked by axe
 * against WCAG 2.1 AA with zero violations allowed.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

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
