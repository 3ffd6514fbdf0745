package se.nattvandring.notification;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** The walker's and the association's feeds: found through the API, fetched without login, parsed by ical4j. */
@IntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

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
	void anAssociationsFeedShowsItsWalksAndARevokedAddressStopsWorking() throws Exception {
		String old = feedPath("aik");
		assertThat(mvc.get().uri(old).exchange()).hasStatusOk();

		assertThat(mvc.post().uri("/calendar-feed/revoke").cookie(new DemoLogins(mvc).session("aik"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(old).exchange()).hasStatus(404);
		String fresh = feedPath("aik");
		assertThat(fresh).isNotEqualTo(old);
		assertThat(mvc.get().uri(fresh).exchange()).hasStatusOk();
	}

	@Test
	void theDistrictHasNoPersonalFeed() {
		assertThat(mvc.get().uri("/api/v1/me/calendar-feed").header("Authorization", bearer("distrikt")).exchange())
			.hasStatus(403);
	}

	private String feedPath(String user) throws Exception {
		var result = mvc.get().uri("/api/v1/me/calendar-feed").header("Authorization", bearer(user)).exchange();
		assertThat(result).hasStatusOk();
		String url = json.readTree(result.getResponse().getContentAsString()).get("url").asString();
		assertThat(url).startsWith("http://localhost:8080/feeds/").endsWith(".ics");
		return url.substring("http://localhost:8080".length());
	}
}
