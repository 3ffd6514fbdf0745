package se.nattvandring.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, which one thread may set back for a while to replay what happened then, as the server would have
 * seen it. Only the demo's start does: it records a past season night by night, so that every time the server keeps
 * (when a report was received, when a basis was issued) is that night's, and the deadlines judge the demo as they
 * would have judged the season. Other threads, and so every request, see the real time throughout.
 */
public final class ReplayClock extends Clock {

	private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();

	private final Clock system;

	public ReplayClock(Clock system) {
		this.system = system;
	}

	/** Until the returned scope is closed, this thread's "now" is {@code at}. */
	public Scope replayAt(Instant at) {
		Instant before = REPLAYING.get();
		REPLAYING.set(at);
		return () -> {
			if (before == null) {
				REPLAYING.remove();
			}
			else {
				REPLAYING.set(before);
			}
		};
	}

	/** A replay's end. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();
	}

	@Override
	public Instant instant() {
		Instant replaying = REPLAYING.get();
		return replaying != null ? replaying : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ReplayClock(system.withZone(zone));
	}
}
