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
 * against WCAG 2.2 AA with zero violations allowed. Each page is first required to answer 200 with its own heading;
 * error pages are audited by name, as error pages.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

	/** A page and the heading it must show, so that a refusal or an error page is never audited in its place. */
	record Page(String path, String heading) {
	}

	static Page page(String path, String heading) {
		return new Page(path, heading);
	}

	static final List<Page> PUBLIC_PAGES = List.of(
			page("/login", "Logga in"),
			page("/login?lang=en", "Log in"),
			page("/login?error", "Log in"),
			page("/accessibility", "Accessibility statement"),
			page("/privacy", "How we handle personal data"),
			page("/login/link", "Sign in with a link"),
			page("/login/link?sent", "Sign in with a link"),
			page("/login/ott?token=not-a-real-token", "Sign in with the link"),
			page("/login?linkExpired", "Log in"));

	static final List<Page> COORDINATOR_PAGES = List.of(
			page("/", "Your IOP agreements"),
			page("/agreements", "Agreements"),
			page("/agreements/1", "IOP nattvandring Älvsjö/Solberga"),
			page("/agreements/2", "IOP nattvandring Älvsjö/Solberga 2026–2027"),
			page("/agreements/new", "New agreement"),
			page("/agreements/1/edit", "Edit the agreement"),
			page("/profile", "Profile"),
			page("/profile/second-factor", "Two-step verification"),
			page("/second-factor", "Confirm with a one-time code"),
			page("/profile/sessions", "Your sign-ins"),
			page("/agreements/1/places", "Places in Älvsjö/Solberga"),
			page("/places/1/edit", "Edit Älvsjö station"),
			page("/agreements/1/place-plans", "Place agreement"),
			page("/place-plans/todo", "Place plans to approve"),
			page("/?lang=en", "Your IOP agreements"),
			page("/agreements/1?lang=en", "IOP nattvandring Älvsjö/Solberga"),
			page("/agreements/1/places?lang=en", "Places in Älvsjö/Solberga"),
			page("/walks", "Walks"),
			page("/walks?agreement=1&month=2024-10", "Walks"),
			page("/walks?agreement=1&month=2024-12&lang=en", "Walks"),
			page("/walks/1", "Walk Fri 6 Sep 2024"),
			page("/decisions", "Reports to decide on"),
			page("/decisions/walks/1", "Decision on the night walk Fri 6 Sep 2024"),
			page("/walks/new?agreement=2", "Plan a walk"),
			page("/walks/new?agreement=2&series=true", "Plan a series"),
			page("/walks/tonight", "Tonight"),
			page("/agreements/1/night-settings", "Tonight's phone numbers and team leaders"),
			page("/agreements/1/payments", "Payment bases"),
			page("/payments/1", "Payment basis for Älvsjö AIK from Sun 1 Sep 2024"),
			page("/agreements/2/budget", "Budget follow-up"),
			page("/agreements/1/follow-up", "Follow-up of the partnership"),
			page("/agreements/1/follow-up/map?from=2024-09-01&to=2024-12-31", "The places on the map"),
			page("/agreements/1/evaluation?from=2024-09-01&to=2024-12-31", "Evaluation for the board"),
			page("/agreements/1/dialogue", "Dialogue meetings"),
			page("/follow-up/compare?agreement=1&agreement=2&from=2025-01-01&to=2025-12-31", "Compare agreements"));

	/** An association's contact: walker registry, records, planning and staffing. */
	static final List<Page> CONTACT_PAGES = List.of(
			page("/associations/2/walkers", "Nattvandrare i Älvsjö AIK"),
			page("/associations/2/walkers?status=INACTIVE", "Nattvandrare i Älvsjö AIK"),
			page("/walkers/1", "Leila Andersson"),
			page("/walks", "Vandringar"),
			page("/walks/new?agreement=2&series=true", "Planera en serie"),
			page("/calendar-feed", "Prenumerera i din kalender"),
			page("/organisation/invoicing", "Faktureringsuppgifter"),
			page("/agreements/1/payments", "Utbetalningsunderlag"),
			page("/agreements/1/evaluation?from=2024-09-01&to=2024-12-31", "Utvärdering för nämnden"),
			page("/?lang=en", "Your association's agreements"),
			page("/walkers/1?lang=en", "Leila Andersson"));

	/** A walker: their walks, their data, their feed. */
	static final List<Page> WALKER_PAGES = List.of(
			page("/walks", "Vandringar"),
			page("/me/data", "Mina uppgifter"),
			page("/calendar-feed", "Prenumerera i din kalender"),
			page("/me/data?lang=en", "My data"),
			page("/profile/second-factor?lang=sv", "Tvåstegsverifiering"));

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void everyPageHasNoAxeViolations(int width, int height) {
		driver = Chromium.start(width, height);
		for (Page page : PUBLIC_PAGES) {
			open(page.path(), page.heading());
			assertAccessible(driver, page.path());
		}
		login("distrikt");
		for (Page page : COORDINATOR_PAGES) {
			open(page.path(), page.heading());
			assertAccessible(driver, page.path());
		}
		openWithStatus("/no-such-page", 404, "The page does not exist");
		assertAccessible(driver, "the error page of a page that does not exist (404)");
		openWithStatus("/agreements/999999", 404, "The page does not exist");
		assertAccessible(driver, "the error page of an agreement that does not exist (404)");

		driver.get(url("/agreements/new?lang=sv"));
		driver.findElement(By.id("f-title")).sendKeys("<b>x</b>");
		driver.findElement(By.id("f-age")).clear();
		driver.findElement(By.id("f-age")).sendKeys("sjutton");
		driver.findElement(By.cssSelector(".actions button[type=submit]")).click();
		// Changing an agreement is money: the code is asked for first, and the form comes back with what was typed.
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
		assertAccessible(driver, "the second-factor challenge");
		passSecondFactor();
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
		for (Page page : CONTACT_PAGES) {
			open(page.path(), page.heading());
			assertAccessible(driver, page.path());
		}
		openWithStatus("/agreements/new", 403, "You are not allowed to do this");
		assertAccessible(driver, "the error page of a page the contact may not open (403)");
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
		for (Page page : WALKER_PAGES) {
			open(page.path(), page.heading());
			assertAccessible(driver, page.path());
		}
		open("/walks/" + upcoming);
		assertAccessible(driver, "an upcoming walk as a walker");
		driver.quit();

		driver = Chromium.start(width, height);
		login("admin");
		open("/admin/mail");
		assertAccessible(driver, "the mail log");
		open("/admin/staff?lang=sv", "Bjud in förvaltningens personal");
		assertAccessible(driver, "the staff invitation");
		open("/organisations/new?lang=sv", "Lägg till en förening eller Nattvandring.nu");
		assertAccessible(driver, "the new association form");
		open("/installation/districts?lang=sv", "Stadsdelar i installationen");
		assertAccessible(driver, "the installation's districts");
		open("/admin/security-events?lang=sv", "Säkerhetshändelser");
		assertAccessible(driver, "the security events");
		open("/?lang=sv");
		assertAccessible(driver, "the administrator's start page");
		driver.quit();

		driver = Chromium.start(width, height);
		login("aik");
		open("/people?lang=sv", "Organisationens kontaktpersoner");
		assertAccessible(driver, "the association's contacts");
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
		for (String user : List.of("falt", "aik", "stiftelsen", "vandrare", "admin", "chef", "namnd")) {
			driver = Chromium.start(width, height);
			login(user);
			assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContain("??");
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
