package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.nattvandring.support.Chromium;

/**
 * Tonight's walk on a phone in Chromium: the page passes axe in each state, and writes made without a network wait in
 * the outbox and are stored exactly once when it returns.
 */
class WalkNightBrowserTest extends ProxiedBrowserTestSupport {


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
		network.down();

		for (int i = 1; i <= 3; i++) {
			driver.findElement(By.id("o-note")).clear();
			driver.findElement(By.id("o-note")).sendKeys("Observation " + i);
			driver.findElement(By.cssSelector("form[data-url$='/observations'] button[type=submit]")).click();
			waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), i + " ej skickade"));
		}
		assertThat(count("walk_observation", walk)).isEqualTo(before);
		assertAccessible(driver, "tonight's walk with writes waiting");

		network.up();
		driver.executeScript("window.dispatchEvent(new Event('online'));");
		waitFor(ExpectedConditions.textToBe(By.id("outbox-count"), "Allt är skickat"));
		waitFor(d -> count("walk_observation", walk) == before + 3);
		assertThat(driver.executeAsyncScript("var done = arguments[0]; var r = indexedDB.open('nattvandring-outbox');"
				+ "r.onsuccess = function () { var q = r.result.transaction('writes').objectStore('writes').count();"
				+ "q.onsuccess = function () { done(q.result); }; };")).isEqualTo(0L);

		// The session ends in the pocket; the night pass carries the next observation, and the page asks for a sign-in.
		driver.manage().deleteCookieNamed("SESSION");
		driver.findElement(By.id("o-note")).clear();
		driver.findElement(By.id("o-note")).sendKeys("Efter sessionen");
		driver.findElement(By.cssSelector("form[data-url$='/observations'] button[type=submit]")).click();
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("night-signin")));
		driver.findElement(By.id("s-username")).sendKeys("vandrare");
		driver.findElement(By.id("s-password")).sendKeys("nattvandring");
		driver.findElement(By.cssSelector("#night-signin-form button[type=submit]")).click();
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("night-signin")));
		assertThat(jdbc.sql("select count(*) from walk_observation where walk_id = :w and note = 'Efter sessionen'")
			.param("w", walk).query(Long.class).single()).isEqualTo(1);

		open("/walks/" + walk + "/night");
		driver.findElement(By.xpath("//button[normalize-space()='Checka ut']")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("r-summary")));
		assertAccessible(driver, "the report form after check-out");
		assertThat(count("walk_observation", walk)).isEqualTo(before + 4);
	}

	long count(String table, long walk) {
		return jdbc.sql("select count(*) from " + table + " where walk_id = :w").param("w", walk).query(Long.class)
			.single();
	}
}
