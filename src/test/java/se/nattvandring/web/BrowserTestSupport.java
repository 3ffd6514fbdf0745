package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.params.provider.Arguments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.support.Chromium;

/**
 * What every browser test needs: the app on a random port, Debian's Chromium at a given size, a demo login, waits for
 * the page that answers, and axe against WCAG 2.1 AA with a screenshot of each page it checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	/** WCAG 2.2 AA, which EN 301 549 moves to, with the 2.0 and 2.1 criteria it builds on. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

	/** Where the browser reaches the app; a test may put a proxy in between. */
	int browserPort() {
		return port;
	}

	String url(String path) {
		return "http://localhost:" + browserPort() + path;
	}

	void login(String username) {
		login(username, "nattvandring");
	}

	void login(String username, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		// Until the start page is there the session is not either; a page opened sooner would be the login page.
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** A click that submits a form returns before the answer has replaced the page; wait for the answer. */
	<T> T waitFor(ExpectedCondition<T> condition) {
		try {
			return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException timedOut) {
			// What the page said instead is what a person reading the failure needs first.
			throw new AssertionError("Waited in vain on " + driver.getCurrentUrl() + ", which shows:\n"
					+ driver.findElement(By.tagName("body")).getText(), timedOut);
		}
	}

	/** Opens a page that must answer 200 on the browser's session, without sending it to the login page. */
	void open(String page) {
		assertThat(statusOf(page)).as("status of %s", page).isEqualTo(200);
		driver.get(url(page));
		assertThat(driver.getCurrentUrl()).as("still signed in on %s", page).doesNotContain("/login");
	}

	/** Opens a page that must answer 200 and show its own heading, so that axe audits the page it was meant to. */
	void open(String page, String heading) {
		openWithStatus(page, 200, heading);
	}

	/** Opens a page that must answer with the status, an error page's included, and show the heading for it. */
	void openWithStatus(String page, int status, String heading) {
		assertThat(statusOf(page)).as("status of %s", page).isEqualTo(status);
		driver.get(url(page));
		assertThat(driver.findElement(By.tagName("h1")).getText()).as("heading of %s", page).isEqualTo(heading);
	}

	/** The status the app answers the page with, asked with the browser's cookies and no redirect followed. */
	int statusOf(String page) {
		String cookies = driver == null ? "" : driver.manage().getCookies().stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	void assertAccessible(WebDriver driver, String page) {
		saveScreenshot(page);
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
			.isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on %s", page).isNotEmpty();
		assertThat(((JavascriptExecutor) driver).executeScript(WIDER_THAN_THE_WINDOW)).as(
				"WCAG 1.4.10 reflow: elements of %s that make the page scroll sideways (a wide table scrolls in a "
						+ "region of its own)", page)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
	}

	/** The outermost elements that reach past the window's right edge, unless a scrolling region holds them. */
	private static final String WIDER_THAN_THE_WINDOW = """
			const edge = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= edge) { return []; }
			const wide = [];
			document.querySelectorAll('body *').forEach(e => {
			  const parent = e.parentElement;
			  const clipped = e.closest('.table-scroll, .leaflet-container') !== null;
			  if (!clipped && e.getBoundingClientRect().right > edge + 1
			      && !(parent && parent.getBoundingClientRect().right > edge + 1)) {
			    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ': '
			        + (e.textContent || '').trim().slice(0, 40));
			  }
			});
			return wide.length > 0 ? wide : ['the page, ' + document.documentElement.scrollWidth + ' px wide'];""";

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

	/**
	 * Answers the second-factor challenge on the page with the demo's code, as the demo user's phone would. A code
	 * works once per account and window, and other tests sign the same user in, so the next window's code is tried too.
	 */
	void passSecondFactor() {
		for (long ahead : new long[] { 0, 30, -30 }) {
			var field = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
			field.clear();
			// Typed and sent with Enter, as a keyboard user does.
			field.sendKeys(se.nattvandring.support.DemoLogins.codeAt(java.time.Instant.now().plusSeconds(ahead)),
					org.openqa.selenium.Keys.ENTER);
			waitFor(ExpectedConditions.stalenessOf(field));
			if (driver.findElements(By.id("second-factor-code")).isEmpty()) {
				return;
			}
		}
		throw new AssertionError("The demo's second factor was refused: " + driver.findElement(By.tagName("main")).getText());
	}
}
