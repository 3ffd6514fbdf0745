package se.nattvandring.notification;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
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

	/**
	 * Stockholm's zone as the EU has ruled it since 1996. ical4j's registry would hand out Europe/Berlin, to which
	 * tzdata now links Stockholm, with Berlin's name, URL and century of history; the rules that matter are these two.
	 */
	private static final String STOCKHOLM = """
			BEGIN:VCALENDAR
			VERSION:2.0
			PRODID:-//Nattvandring//Zones//SV
			BEGIN:VTIMEZONE
			TZID:Europe/Stockholm
			BEGIN:DAYLIGHT
			TZOFFSETFROM:+0100
			TZOFFSETTO:+0200
			TZNAME:CEST
			DTSTART:19700329T020000
			RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
			END:DAYLIGHT
			BEGIN:STANDARD
			TZOFFSETFROM:+0200
			TZOFFSETTO:+0100
			TZNAME:CET
			DTSTART:19701025T030000
			RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
			END:STANDARD
			END:VTIMEZONE
			END:VCALENDAR
			""".replace("\n", "\r\n");

	private WalkCalendarFile() {
	}

	/** @param summary the event title per walk, in the reader's language */
	static String write(List<WalkView> walks, java.util.function.Function<WalkView, String> summary, String baseUrl,
			Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Nattvandring//Walks//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(stockholmZone());
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

	private static VTimeZone stockholmZone() {
		try {
			Calendar parsed = new CalendarBuilder().build(new StringReader(STOCKHOLM));
			return (VTimeZone) parsed.getComponent(Component.VTIMEZONE).orElseThrow();
		}
		catch (IOException | ParserException ex) {
			throw new IllegalStateException("The built-in Stockholm zone does not parse", ex);
		}
	}
}
