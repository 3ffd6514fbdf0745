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

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void aContactPlansAWalkAndSignsUpAWalkerByKeyboard(int width, int height) {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		NightTestWorld.Walker member = world.walker(NightTestWorld.AIK);
		String leaderName = jdbc.sql("select name from walker where id = :id").param("id", leader.walkerId())
			.query(String.class).single();
		String memberName = jdbc.sql("select name from walker where id = :id").param("id", member.walkerId())
			.query(String.class).single();
		driver = Chromium.start(width, height);
		Keyboard keys = signIn("aik", "nattvandring");

		driver.get(url("/walks/new?agreement=" + NightTestWorld.CURRENT_AGREEMENT));
		keys.fromTop().typeDate(By.id("walk-date"), java.time.LocalDate.now().plusDays(20));
		keys.typeTime(By.id("walk-start"), java.time.LocalTime.of(19, 30));
		keys.typeTime(By.id("walk-end"), java.time.LocalTime.of(22, 30));
		keys.type(By.id("walk-meeting"), "Älvsjö torg, vid fontänen");
		keys.choose(By.id("walk-leader"), leaderName);
		keys.enter(By.cssSelector("form[action='/walks'] button.primary[type=submit]"));
		waitFor(ExpectedConditions.urlMatches("/walks/\\d+$"));
		long walk = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/walks/(\\d+)$", "$1"));
		assertThat(jdbc.sql("select meeting_point from walk where id = :id").param("id", walk).query(String.class)
			.single()).isEqualTo("Älvsjö torg, vid fontänen");

		keys.fromTop().choose(By.id("assign"), memberName);
		keys.enter(By.xpath("//form[.//select[@id='assign']]//button[@type='submit']"));
		waitFor(d -> world.count("walk_signup", walk) == 2);
		assertAccessible(driver, "a walk planned and staffed by keyboard");
	}

	@ParameterizedTest(name = "{0} px")
	@MethodSource("widths")
	void theCoordinatorDecidesAReportAndIssuesABasisByKeyboard(int width, int height) {
		long walk = world.reportedWalk(3);
		java.time.LocalDate walked = jdbc.sql("select walk_date from walk where id = :id").param("id", walk)
			.query(java.time.LocalDate.class).single();
		driver = Chromium.start(width, height);
		Keyboard keys = signIn("distrikt", "nattvandring");

		driver.get(url("/decisions/walks/" + walk));
		keys.fromTop().space(By.id("d-APPROVE"));
		keys.enter(By.xpath("//form[.//input[@id='d-APPROVE']]//button[@type='submit']"));
		waitFor(d -> "APPROVED".equals(world.status(walk)));

		driver.get(url("/agreements/" + NightTestWorld.CURRENT_AGREEMENT + "/payments"));
		keys.fromTop().choose(By.id("p-association"), "Älvsjö AIK");
		keys.typeDate(By.id("p-period"), walked);
		keys.enter(By.xpath("//form[.//select[@id='p-association']]//button[@type='submit']"));
		waitFor(ExpectedConditions.urlMatches("/payments/\\d+$"));
		long basis = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/payments/(\\d+)$", "$1"));
		keys.fromTop().enter(By.xpath("//form[contains(@action, '/issue')]//button[@type='submit']"));
		// Issuing is money: the second factor is asked for, by keyboard too.
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
		keys.fromTop().tabTo(By.id("second-factor-code"));
		passSecondFactor();
		waitFor(d -> "ISSUED".equals(jdbc.sql("select status from payment_basis where id = :id").param("id", basis)
			.query(String.class).single()));
		assertThat(jdbc.sql("select count(*) from payment_basis_walk where basis_id = :b and walk_id = :w")
			.param("b", basis).param("w", walk).query(Long.class).single()).isOne();
	}

	private Keyboard signIn(String username, String password) {
		Keyboard keys = new Keyboard(driver);
		driver.get(url("/login"));
		keys.fromTop().type(By.id("username"), username);
		keys.type(By.id("password"), password);
		keys.enter(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return keys;
	}
}
