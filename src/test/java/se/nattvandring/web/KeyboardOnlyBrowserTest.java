package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import se.nattvandring.support.Chromium;
import se.nattvandring.walk.NightTestWorld;

/**
 * The walker's night by keyboard alone, on a phone's width and a desktop's: sign in, check in, mark a visit, record an
 * observation, check out and send the report. Each step tabs to its control, shows its focus, and is kept.
 */
class KeyboardOnlyBrowserTest extends BrowserTestSupport {

	@Autowired
	NightTestWorld world;

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void aWalkerDoesTheWholeNightByKeyboard(int width, int height) {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader);
		driver = Chromium.start(width, height);
		Keyboard keys = new Keyboard(driver);
		driver.get(url("/login"));
		keys.fromTop().type(By.id("username"), leader.username());
		keys.type(By.id("password"), NightTestWorld.PASSWORD);
		keys.enter(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		driver.get(url("/walks/" + walk + "/night"));
		keys.fromTop().enter(By.xpath("//button[normalize-space()='Checka in']"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("o-note")));
		assertThat(world.status(walk)).isEqualTo("IN_PROGRESS");

		keys.fromTop().enter(By.xpath("//button[starts-with(normalize-space(), 'Markera ')]"));
		waitFor(d -> world.count("walk_visit", walk) == 1);

		keys.fromTop().type(By.id("o-note"), "Lugnt vid stationen");
		keys.enter(By.xpath("//button[normalize-space()='Spara observationen']"));
		waitFor(d -> world.count("walk_observation", walk) == 1);

		driver.get(url("/walks/" + walk + "/night"));
		keys.fromTop().enter(By.xpath("//button[normalize-space()='Checka ut']"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("r-summary")));
		assertThat(world.status(walk)).isEqualTo("COMPLETED");

		keys.fromTop().type(By.id("r-summary"), "Lugn kväll, vi pratade med några grupper.");
		keys.enter(By.xpath("//form[.//textarea[@id='r-summary']]//button[@type='submit']"));
		waitFor(d -> jdbc.sql("select count(*) from walk where id = :w and report_summary is not null")
			.param("w", walk).query(Long.class).single() == 1);
		keys.enter(By.xpath("//button[normalize-space()='Skicka in rapporten']"));
		waitFor(d -> "REPORTED".equals(world.status(walk)));
		assertAccessible(driver, "the night reported by keyboard");
	}
}
