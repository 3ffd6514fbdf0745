package se.nattvandring.notification;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;

/** The caller's calendar feed: whether there is one, a new address (shown once), and closing it. */
@RestController
@Tag(name = "Calendar feeds", description = "Secret iCalendar addresses for walkers and associations")
class CalendarFeedApiController {

	record FeedState(boolean active, @Nullable Instant activeSince) {
	}

	record NewFeed(String url) {
	}

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/api/v1/me/calendar-feed")
	@Operation(summary = "Whether the caller has a feed address, and since when; the address itself is never shown again")
	FeedState state(CurrentUser user) {
		Instant since = feeds.activeSince(feeds.ownerFor(user)).orElse(null);
		return new FeedState(since != null, since);
	}

	@PostMapping("/api/v1/me/calendar-feed")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new feed address for the caller (a walker's own walks, or a contact's association's); "
			+ "any earlier one stops answering. This answer is the only time the address is shown")
	NewFeed issue(CurrentUser user) {
		return new NewFeed(feeds.issue(feeds.ownerFor(user)));
	}

	@DeleteMapping("/api/v1/me/calendar-feed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Closes the caller's feed address")
	void revoke(CurrentUser user) {
		feeds.revoke(feeds.ownerFor(user));
	}
}
