package se.nattvandring.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless. Without them the browser tests are skipped with a clear message on a
 * developer's machine; where they are required ({@code BROWSER_TESTS_REQUIRED=true}, as .ci/run sets, or
 * {@code -Dbrowser.required=true}) their absence fails the build instead.
 */
public final class Chromium {

	static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	public static ChromeDriver start(int width, int height) {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			String message = "Chromium not found at " + BROWSER + " and " + DRIVER
					+ ": browser tests skipped. Install them with: apt-get install chromium chromium-driver";
			if (Boolean.getBoolean("browser.required")
					|| "true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER);
			// The machine has no network beyond the app itself: background services would only time out.
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
			// A Swedish user's browser; headless Chromium otherwise asks for en-US, which the app would honour.
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(width, height));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return driver;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not make a Chromium profile directory", ex);
		}
	}
}
