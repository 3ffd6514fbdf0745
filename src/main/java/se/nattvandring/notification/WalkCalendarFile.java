package se.nattvandring.notification;

import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import se.nattvandring.shared.StockholmTime;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;

/**
 * Walks as an RFC 5545 calendar from ical4j: local times in Europe/Stockholm with its VTIMEZONE, so a calendar app
 * shows 21:00 on both sides of a clock change. Events carry no names of walkers, only the association and place.
 */
final class WalkCalendarFile {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private WalkCalendarFile() {
	}

	/** @param summary the event title per walk, in the reader's language */
	static String write(List<WalkView> walks, java.util.function.Function<WalkView, String> summary, String baseUrl,
			Instant now) {
		TimeZone stockholm = ZONES.getTimeZone(StockholmTime.ZONE.getId());
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Nattvandring//Walks//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		// tzdata now links Europe/Stockholm to Europe/Berlin, and ical4j hands out the linked zone; the rules are the
		// same, but the TZID must be the name the events use, or strict clients drop the times.
		VTimeZone zone = stockholm.getVTimeZone().copy();
		zone.replace(new TzId(StockholmTime.ZONE.getId()));
		calendar.add(zone);
		for (WalkView walk : walks) {
			VEvent event = new VEvent(walk.startsAt().atZone(StockholmTime.ZONE),
					walk.endsAt().atZone(StockholmTime.ZONE), summary.apply(walk));
			event.replace(new DtStamp(now));
			event.add(new Uid("walk-" + walk.id() + "@nattvandring"));
			event.add(new Location(walk.meetingPoint()));
			event.add(new Description(String.join(", ", walk.route().stream().map(WalkView.Stop::name).toList())));
			event.add(new Url(java.net.URI.create(baseUrl + "/walks/" + walk.id())));
			event.add(walk.status() == WalkStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
					: ImmutableStatus.VEVENT_CONFIRMED);
			calendar.add(event);
		}
		return calendar.toString();
	}
}
