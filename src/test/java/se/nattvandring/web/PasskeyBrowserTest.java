package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.nattvandring.support.Chromium;

/**
 * A walker adds a passkey on the profile page and later signs in with it alone, as a phone would with a fingerprint:
 * Chromium's virtual authenticator stands in for the phone. A passkey is bound to the address it was made on, so the
 * app runs on a port fixed before it starts and names that address as its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserTest extends BrowserTestSupport {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void ownAddress(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("management.server.port", () -> 0);
		registry.add("nattvandring.base-url", () -> "http://localhost:" + PORT);
	}

	private VirtualAuthenticator phone;

	@AfterEach
	void forgetThePasskeys() {
		jdbc.sql("delete from user_credentials").update();
		jdbc.sql("delete from user_entities").update();
	}

	@Test
	void aWalkerRegistersAPasskeyAndSignsInWithIt() {
		driver = Chromium.start(375, 812);
		phone = driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
		login("vandrare");

		driver.get(url("/profile"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-label"))).sendKeys("Min telefon");
		driver.findElement(By.cssSelector("[data-passkeys=register] [data-passkey-action]")).click();
		waitFor(ExpectedConditions.urlContains("passkeyAdded"));
		assertThat(driver.findElement(By.id("passkeys")).getText()).contains("Min telefon");
		assertThat(phone.getCredentials()).hasSize(1);
		assertThat(jdbc.sql("""
				select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id
				where e.name = 'vandrare' and c.label = 'Min telefon'
				""").query(Long.class).single()).isOne();
		assertAccessible(driver, "the profile with a passkey");

		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-passkeys=signin] [data-passkey-action]")))
			.click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		driver.get(url("/profile"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Leila Andersson");
		assertThat(jdbc.sql("""
				select count(*) from security_event e join user_account u on u.id = e.user_id
				where u.username = 'vandrare' and e.kind = 'SIGN_IN' and e.outcome = 'SUCCESS' and e.method = 'PasskeySignIn'
				""").query(Long.class).single()).isOne();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
