package se.nattvandring.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.walk.Walks;

/** The feeds themselves (no login: the secret address is the key), the page that shows the address, and its API. */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	private final Walks walks;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	CalendarFeedController(CalendarFeeds feeds, Walks walks, MessageSource messages, Clock clock,
			@Value("${nattvandring.base-url}") String baseUrl) {
		this.feeds = feeds;
		this.walks = walks;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/feeds/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		CalendarFeeds.Owner owner = feeds.resolve(secret);
		LocalDate today = StockholmTime.today(clock);
		Locale swedish = Locale.forLanguageTag("sv");
		String body = WalkCalendarFile.write(
				walks.forFeed(owner.walkerId(), owner.associationId(), today.minusDays(60), today.plusYears(1)),
				walk -> messages.getMessage("feed.summary", new Object[] { walk.associationName() }, swedish),
				baseUrl, clock.instant());
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body);
	}

	@GetMapping("/calendar-feed")
	String page(CurrentUser user, Model model) {
		model.addAttribute("activeSince", feeds.activeSince(feeds.ownerFor(user)).orElse(null));
		return "notification/calendar-feed";
	}

	/** Makes a new address and shows it on the next page, once: only its hash is kept. */
	@PostMapping("/calendar-feed")
	String issue(CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.issue(feeds.ownerFor(user)));
		return "redirect:/calendar-feed";
	}

	@PostMapping("/calendar-feed/revoke")
	String revoke(CurrentUser user, RedirectAttributes redirect) {
		feeds.revoke(feeds.ownerFor(user));
		redirect.addFlashAttribute("notice", "feed.revoked");
		return "redirect:/calendar-feed";
	}
}
