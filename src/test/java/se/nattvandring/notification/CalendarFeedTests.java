package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static se.nattvandring.support.DemoLogins.bearer;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walker's and the association's feeds: made through the API or the page, shown once, kept as a hash, fetched
 * without login, parsed by ical4j.
 */
@IntegrationTest
@org.springframework.transaction.annotation.Transactional
class CalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void vandraresFeedIsValidICalendarWithAStockholmTimeZone() throws Exception {
		String path = feedPath("vandrare");

		var feed = mvc.get().uri(path).exchange();

		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		String text = feed.getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		calendar.validate();
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).singleElement().satisfies(zone ->
				assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm"));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).isNotEmpty().allSatisfy(event -> {
			assertThat(event.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(tz ->
					assertThat(tz.getValue()).isEqualTo("Europe/Stockholm"));
			assertThat(event.getUid()).isPresent();
		});
		// tzdata links Stockholm to Berlin; the feed still names Stockholm only, with the EU's two rules.
		assertThat(text).doesNotContain("Berlin").contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
		// Names of walkers never travel in a feed.
		assertThat(text).doesNotContain("Leila").doesNotContain("Andersson");
	}

	@Test
	void anAssociationsFeedShowsItsWalksAndAClosedOrReplacedAddressStopsWorking() throws Exception {
		String old = feedPath("aik");
		assertThat(mvc.get().uri(old).exchange()).hasStatusOk();
		String fresh = feedPath("aik");
		assertThat(fresh).isNotEqualTo(old);
		assertThat(mvc.get().uri(old).exchange()).as("a new address ends the old").hasStatus(404);
		assertThat(mvc.get().uri(fresh).exchange()).hasStatusOk();

		assertThat(mvc.post().uri("/calendar-feed/revoke").cookie(new DemoLogins(mvc).session("aik")).with(csrf())
			.exchange()).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(fresh).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/me/calendar-feed").header("Authorization", bearer("aik")).exchange())
			.bodyJson().extractingPath("$.active").isEqualTo(false);
	}

	@Test
	void theAddressIsShownOnceAndKeptOnlyAsItsHash() throws Exception {
		var session = new DemoLogins(mvc).session("folkparken");
		var made = mvc.post().uri("/calendar-feed").cookie(session).with(csrf()).exchange();
		assertThat(made).hasStatus3xxRedirection();
		String url = (String) made.getMvcResult().getFlashMap().get("feedUrl");
		assertThat(url).contains("/feeds/");
		String secret = url.substring(url.indexOf("/feeds/") + "/feeds/".length(), url.length() - ".ics".length());

		assertThat(mvc.get().uri("/calendar-feed").cookie(session).flashAttr("feedUrl", url).exchange()).bodyText()
			.contains(url);
		assertThat(mvc.get().uri("/calendar-feed").cookie(session).exchange()).hasStatusOk().bodyText()
			.doesNotContain(secret).contains("Du har en adress sedan");
		assertThat(mvc.get().uri("/api/v1/me/calendar-feed").header("Authorization", bearer("folkparken")).exchange())
			.bodyJson().extractingPath("$.active").isEqualTo(true);
		assertThat(jdbc.sql("select count(*) from calendar_feed where secret_sha256 = :hash")
			.param("hash", se.nattvandring.shared.Hashes.sha256Hex(secret)).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select string_agg(t::text, ' ') from calendar_feed t").query(String.class).single())
			.doesNotContain(secret);
		assertThat(mvc.get().uri(url.substring(url.indexOf("/feeds/"))).exchange()).hasStatusOk();
	}

	@Test
	void theDistrictHasNoPersonalFeed() {
		assertThat(mvc.get().uri("/api/v1/me/calendar-feed").header("Authorization", bearer("distrikt")).exchange())
			.hasStatus(403);
	}

	private String feedPath(String user) throws Exception {
		var result = mvc.post().uri("/api/v1/me/calendar-feed").header("Authorization", bearer(user)).exchange();
		assertThat(result).hasStatus(201);
		String url = json.readTree(result.getResponse().getContentAsString()).get("url").asString();
		assertThat(url).startsWith("http://localhost:8080/feeds/").endsWith(".ics");
		return url.substring("http://localhost:8080".length());
	}
}
