package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bastiaanjansen.otp.TOTPGenerator;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.nattvandring.support.Chromium;

/**
 * A district that has just downloaded the product, on a PostgreSQL server of its own and without the demo: the set-up
 * link from the log makes the first administrator, who creates a district and invites a coordinator; the coordinator
 * adds an association, invites its contact and makes an agreement; the contact registers a walker. Everything through
 * the pages, by keyboard where the set-up is concerned, and the links from the mails that went out; the test reads
 * the database only to check what the pages did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"nattvandring.demo=false", "nattvandring.jobs.enabled=false", "spring.mail.host=localhost",
		"spring.mail.port=3125" })
@ExtendWith(OutputCaptureExtension.class)
class FirstDistrictBrowserTest extends BrowserTestSupport {

	private static final Pattern SETUP_LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})");

	private static final Pattern SIGN_IN_TOKEN = Pattern.compile("/login/ott\\?token=([A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

	/** The district's own server: a PostgreSQL the app reaches by URL, as any external one, and not the embedded. */
	static EmbeddedPostgres external;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
		external = EmbeddedPostgres.builder().start();
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@AfterAll
	static void stopExternal() throws IOException {
		if (external != null) {
			external.close();
		}
	}

	@Test
	void aDistrictStartsFromAnEmptyInstallationThroughThePagesAlone(CapturedOutput output) throws Exception {
		Matcher logged = SETUP_LINK.matcher(output.getAll());
		assertThat(logged.find()).as("the first start printed a set-up link").isTrue();
		String setUp = "/setup/" + logged.group(1);
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isZero();

		// At 1280 px, by keyboard: a password too short is refused, and what was typed stays.
		driver = Chromium.start(1280, 900);
		driver.get(url(setUp));
		Keyboard keys = new Keyboard(driver);
		fillSetUp(keys, "kort");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("setup-password-error")));
		assertThat(driver.findElement(By.id("setup-districtName")).getDomProperty("value"))
			.isEqualTo("Skarpnäcks stadsdelsförvaltning");
		assertAccessible(driver, "the set-up refused");
		driver.quit();

		// At 375 px, by keyboard again: the set-up is done, and the administrator signs in.
		driver = Chromium.start(375, 812);
		driver.get(url(setUp));
		keys = new Keyboard(driver);
		fillSetUp(keys, "en lång lösenfras för sara");
		waitFor(ExpectedConditions.urlContains("/login"));
		keys.fromTop().type(By.id("username"), "sara");
		keys.type(By.id("password"), "en lång lösenfras för sara");
		keys.enter(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(statusOf(setUp)).as("the link works once").isEqualTo(404);

		// The installation's administrator creates a second district, whose administrator is invited.
		open("/installation/districts", "Stadsdelar i installationen");
		keys.fromTop().type(By.id("district-name"), "Farsta stadsdelsförvaltning");
		keys.type(By.id("district-adminName"), "Fredrik Farsta");
		keys.type(By.id("district-adminEmail"), "fredrik@farsta.example");
		keys.enter(By.cssSelector("form[action='/installation/districts'] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Farsta stadsdelsförvaltning, 1 personer"));
		assertThat(tokenMailedTo("fredrik@farsta.example")).isNotBlank();

		// The district's administrator invites a coordinator.
		open("/admin/staff", "Bjud in förvaltningens personal");
		keys.fromTop().type(By.id("staff-name"), "Karin Samordnare");
		keys.type(By.id("staff-email"), "karin@skarpnack.example");
		keys.choose(By.id("staff-role"), "Distriktssamordnare");
		keys.enter(By.cssSelector("form[action='/admin/staff'] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Karin Samordnare"));

		// The coordinator signs in by the link in her mail, is told what to do first, and does it.
		signInByMailedLink("karin@skarpnack.example");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Kom igång");
		open("/organisations/new", "Lägg till en förening eller Nattvandring.nu");
		keys = new Keyboard(driver);
		keys.fromTop().type(By.id("partner-name"), "Älvsjö AIK");
		keys.type(By.id("partner-organisationNumber"), "802014-8378");
		keys.type(By.id("partner-contactName"), "Maria Holm");
		keys.type(By.id("partner-contactEmail"), "maria@aik.example");
		keys.enter(By.cssSelector("form[action='/organisations'] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Organisationen är tillagd"));

		// Her role handles money, so she sets up two-step verification: the page's key goes into her phone's app.
		open("/profile/second-factor", "Tvåstegsverifiering");
		keys.fromTop().enter(By.cssSelector("form[action='/profile/second-factor/start'] button[type=submit]"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-code")));
		assertThat(driver.findElement(By.cssSelector(".qr svg")).isDisplayed()).isTrue();
		TOTPGenerator phone = TOTPGenerator.withDefaultValues(
				driver.findElement(By.cssSelector("code.secret")).getText().getBytes(StandardCharsets.US_ASCII));
		keys.fromTop().type(By.id("enrolment-code"), phone.now());
		keys.enter(By.cssSelector("form[action='/profile/second-factor/confirm'] button[type=submit]"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dina reservkoder"));
		assertThat(driver.findElements(By.cssSelector("ul.codes li"))).hasSize(10);

		open("/agreements/new", "Nytt avtal");
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		keys.fromTop().type(By.id("f-title"), "IOP nattvandring Skarpnäck");
		keys.type(By.id("f-case"), "SK 2026/1");
		keys.type(By.id("f-area"), "Skarpnäck");
		keys.typeDate(By.id("f-start"), start);
		keys.typeDate(By.id("f-end"), start.plusYears(1).minusDays(1));
		keys.choose(By.id("f-party-org-1"), "Älvsjö AIK");
		keys.choose(By.id("f-party-role-1"), "Idéburen part (förening)");
		keys.type(By.id("f-rate"), "1700");
		keys.enter(By.cssSelector("form[action='/agreements'] button.primary[type=submit]"));
		// An agreement is money: the code is asked for, and the agreement is made with what she typed.
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-code")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bekräfta med en engångskod");
		keys.fromTop().type(By.id("second-factor-code"), phone.at(java.time.Instant.now().plusSeconds(30)));
		keys.enter(By.cssSelector("form[action='/agreements'] button[type=submit]"));
		waitFor(ExpectedConditions.urlMatches("/agreements/\\d+$"));
		long aik = jdbc.sql("select id from organisation where organisation_number = '802014-8378'")
			.query(Long.class).single();
		assertThat(jdbc.sql("""
				select count(*) from agreement a join agreement_party p on p.agreement_id = a.id
				where a.title = 'IOP nattvandring Skarpnäck' and p.organisation_id = :aik and p.role = 'ASSOCIATION'
				""").param("aik", aik).query(Long.class).single()).isOne();

		// The association's contact signs in by her link and registers the first walker.
		signInByMailedLink("maria@aik.example");
		open("/associations/" + aik + "/walkers");
		keys = new Keyboard(driver);
		keys.fromTop().type(By.id("walker-name"), "Leila Andersson");
		keys.type(By.id("walker-email"), "leila@aik.example");
		keys.typeDate(By.id("walker-birth"), LocalDate.of(1985, 4, 2));
		keys.typeDate(By.id("walker-informed"), LocalDate.now());
		keys.enter(By.cssSelector("form[action='/associations/" + aik + "/walkers'] button.primary[type=submit]"));
		waitFor(d -> jdbc.sql("select count(*) from walker where name = 'Leila Andersson' and association_id = :aik")
			.param("aik", aik).query(Long.class).single() == 1);
		assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single())
			.as("two districts and one association, nothing else").isEqualTo(3);
	}

	private void fillSetUp(Keyboard keys, String password) {
		keys.type(By.id("setup-districtName"), "Skarpnäcks stadsdelsförvaltning");
		keys.type(By.id("setup-displayName"), "Sara Admin");
		keys.type(By.id("setup-email"), "sara@skarpnack.example");
		keys.type(By.id("setup-username"), "sara");
		keys.type(By.id("setup-password"), password);
		keys.enter(By.cssSelector("form button[type=submit]"));
	}

	private void signInByMailedLink(String address) {
		String token = tokenMailedTo(address);
		driver.manage().deleteAllCookies();
		driver.get(url("/login/ott?token=" + token));
		new Keyboard(driver).enter(By.cssSelector("form[action='/login/ott'] button[type=submit]"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String tokenMailedTo(String address) {
		// Mail goes out on its own thread, after the request that sent it.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> smtp.getReceivedMessagesForDomain(address).length > 0);
		return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(mail -> {
			try {
				Matcher token = SIGN_IN_TOKEN.matcher(String.valueOf(mail.getContent()));
				return token.find() ? token.group(1) : null;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(java.util.Objects::nonNull).reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no sign-in link mailed to " + address));
	}
}
