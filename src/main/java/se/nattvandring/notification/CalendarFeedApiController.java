package se.nattvandring.notification;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;

/** Where the caller's calendar feed lives. */
@RestController
@Tag(name = "Calendar feeds", description = "Secret iCalendar addresses for walkers and associations")
class CalendarFeedApiController {

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/api/v1/me/calendar-feed")
	@Operation(summary = "The caller's feed address: a walker's own walks, or a contact's association's")
	Map<String, String> url(CurrentUser user) {
		return Map.of("url", feeds.url(feeds.ownerFor(user)));
	}
}
