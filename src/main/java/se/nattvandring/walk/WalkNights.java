package se.nattvandring.walk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.TextChecks;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightEntries.CheckOut;
import se.nattvandring.walk.NightEntries.ContactEntry;
import se.nattvandring.walk.NightEntries.ObservationEntry;
import se.nattvandring.walk.NightEntries.ReportEntry;
import se.nattvandring.walk.NightEntries.Submit;
import se.nattvandring.walk.NightEntries.VisitEntry;
import se.nattvandring.walk.NightEntries.Youth;
import se.nattvandring.walk.NightLog.AgeBands;

/**
 * The walk night from the phone: check-in, visits, observations, youth contacts, check-out and the report. The team
 * leader (or whom the agreement's rule lets lead) checks in, out and reports; anyone present logs. Times come from the
 * phone and are checked against the walk and the server's clock.
 */
@Service
@Transactional(readOnly = true)
public class WalkNights {

	/** A phone's clock may run a little ahead; more than this is a wrong time, not a fast clock. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

	/** How early before the planned start a team may check in. */
	static final Duration EARLIEST_START = Duration.ofHours(3);

	static final Duration PHONES_DIFFER = Duration.ofMinutes(10);

	/**
	 * An entry that reaches the server more than this after the moment it declares was registered afterwards, and the
	 * night is marked so. A day is long enough for a phone that was offline all night to send its outbox the next
	 * day, so an offline night stays an ordinary night; a night typed in days later does not.
	 */
	static final Duration LATE_ARRIVAL = Duration.ofHours(24);

	private final WalkRepository repository;

	private final Walks walks;

	private final Agreements agreements;

	private final TeamLeadership leadership;

	private final TeamEntry teamEntry;

	private final NightEntryLog log;

	private final NightPasses passes;

	private final Clock clock;

	private final WalkFactsOfAWalk facts;

	WalkNights(WalkRepository repository, Walks walks, Agreements agreements, TeamLeadership leadership,
			TeamEntry teamEntry, NightEntryLog log, NightPasses passes, Clock clock, WalkFactsOfAWalk facts) {
		this.facts = facts;
		this.repository = repository;
		this.log = log;
		this.passes = passes;
		this.walks = walks;
		this.agreements = agreements;
		this.leadership = leadership;
		this.teamEntry = teamEntry;
		this.clock = clock;
	}

	@Transactional
	public void checkIn(long walkId, CheckIn entry, CurrentUser user) {
		Walk walk = load(walkId, user);
		Set<Long> present = new HashSet<>(entry.present() == null ? List.of() : entry.present());
		leadership.requireLeader(walk, user, present);
		Instant earliest = walk.startsAt().minus(EARLIEST_START);
		if (clock.instant().isBefore(earliest)) {
			// A team checks in at the meeting point on the night, not days ahead of it.
			var opens = earliest.atZone(StockholmTime.ZONE);
			throw new RuleViolationException("walk.error.checkInTooEarly", opens.toLocalDate().toString(),
					opens.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
		}
		Instant at = when(entry.at(), earliest);
		Set<Long> planned = new HashSet<>(walk.teamIds());
		Set<Long> unplanned = new HashSet<>(present);
		unplanned.removeAll(planned);
		present.retainAll(planned);
		var criteria = agreements.document(walk.agreementId(), user).criteriaOn(walk.walkDate());
		if (!unplanned.isEmpty()) {
			teamEntry.requireMayJoin(walk, unplanned, criteria);
		}
		walk.checkIn(present, unplanned, at, clock.instant(), user.username());
		walk.keepFactsOnTheDate(facts.onTheDate(walk.presentIds(), walk.walkDate(), criteria));
		markIfLate(walk, at, user);
		repository.save(walk);
	}

	/** @return the visit's id; the walk's row is not rewritten for it */
	@Transactional
	public long visit(long walkId, VisitEntry entry, CurrentUser user) {
		Walk walk = loadForEntry(walkId, user);
		leadership.requirePresent(walk, user);
		if (entry.placeId() == null) {
			throw new InvalidInputException("placeId", "error.required");
		}
		if (!walk.placeIds().contains(entry.placeId())) {
			throw new InvalidInputException("placeId", "night.error.placeNotOnRoute");
		}
		return log.append(walk.recordVisit(new NightLog.Visit(entry.placeId(), when(entry.at(), since(walk)),
				clock.instant())));
	}

	@Transactional
	public long observe(long walkId, ObservationEntry entry, CurrentUser user) {
		Walk walk = loadForEntry(walkId, user);
		leadership.requirePresent(walk, user);
		List<FieldViolation> problems = new ArrayList<>();
		if (entry.category() == null) {
			problems.add(new FieldViolation("category", "error.required"));
		}
		if (entry.placeId() == null) {
			problems.add(new FieldViolation("placeId", "error.required"));
		}
		else if (!walk.placeIds().contains(entry.placeId())) {
			problems.add(new FieldViolation("placeId", "night.error.placeNotOnRoute"));
		}
		AgeBands people = bands(entry.youth(), problems, "youth");
		TextChecks.problem("note", entry.note(), false, 500).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Set<HelpCalled> help = entry.helpCalled() == null || entry.helpCalled().isEmpty()
				? EnumSet.noneOf(HelpCalled.class) : EnumSet.copyOf(entry.helpCalled());
		String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
		return log.append(walk.recordObservation(NightLog.Observation.of(Objects.requireNonNull(entry.category()),
				entry.placeId(), people, help, note, NightEntries.looksPersonal(note), when(entry.at(), since(walk)),
				clock.instant())));
	}

	@Transactional
	public long youthContacts(long walkId, ContactEntry entry, CurrentUser user) {
		Walk walk = loadForEntry(walkId, user);
		leadership.requirePresent(walk, user);
		List<FieldViolation> problems = new ArrayList<>();
		AgeBands people = bands(entry.youth(), problems, "youth");
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (people.youth() == 0) {
			throw new InvalidInputException("youth", "night.error.noContacts");
		}
		return log.append(walk.recordYouthContact(new NightLog.YouthContact(people.under13(), people.age13to15(),
				people.age16to17(), when(entry.at(), since(walk)), clock.instant())));
	}

	@Transactional
	public void checkOut(long walkId, CheckOut entry, CurrentUser user) {
		Walk walk = load(walkId, user);
		leadership.requireLeader(walk, user, walk.presentIds());
		Instant at = when(entry.at(), since(walk));
		walk.checkOut(at, clock.instant(), user.username());
		markIfLate(walk, at, user);
		repository.save(walk);
	}

	@Transactional
	public void saveReport(long walkId, ReportEntry entry, CurrentUser user) {
		Walk walk = load(walkId, user);
		leadership.requireLeader(walk, user, walk.presentIds());
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("summary", entry.summary(), false, 2000).ifPresent(problems::add);
		TextChecks.problem("wentWell", entry.wentWell(), false, 2000).ifPresent(problems::add);
		TextChecks.problem("followUp", entry.followUp(), false, 2000).ifPresent(problems::add);
		TextChecks.problem("placeSuggestions", entry.placeSuggestions(), false, 2000).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		walk.writeReport(new NightLog.Report(strip(entry.summary()), strip(entry.wentWell()), strip(entry.followUp()),
				strip(entry.placeSuggestions())), clock.instant());
		repository.save(walk);
	}

	@Transactional
	public void submitReport(long walkId, Submit entry, CurrentUser user) {
		Walk walk = load(walkId, user);
		leadership.requireLeader(walk, user, walk.presentIds());
		Instant after = walk.checkedOutAt() != null ? walk.checkedOutAt() : since(walk);
		Instant at = when(entry.at(), after);
		walk.submitReport(at, clock.instant(), user.username());
		markIfLate(walk, at, user);
		repository.save(walk);
		// The night is over: no phone may write to it any more.
		passes.endAll(walkId);
	}

	private void markIfLate(Walk walk, Instant declared, CurrentUser user) {
		Instant received = clock.instant();
		if (Duration.between(declared, received).compareTo(LATE_ARRIVAL) > 0) {
			walk.arrivedLate(received, user.username());
		}
	}

	/** Holds the walk's row first, so that a check-out either waits for this entry or is seen by it. */
	private Walk loadForEntry(long walkId, CurrentUser user) {
		log.holdWalk(walkId);
		return load(walkId, user);
	}

	Walk load(long walkId, CurrentUser user) {
		return walks.visible(walkId, user);
	}

	/**
	 * The earliest plausible moment of an entry: the check-in, less a margin for team members' phones whose clocks
	 * differ; before check-in, the planned start less the early margin.
	 */
	private static Instant since(Walk walk) {
		return walk.checkedInAt() != null ? walk.checkedInAt().minus(PHONES_DIFFER)
				: walk.startsAt().minus(EARLIEST_START);
	}

	private Instant when(@Nullable Instant at, Instant earliest) {
		Instant now = clock.instant();
		if (at == null) {
			return now;
		}
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("at", "night.error.future");
		}
		if (at.isBefore(earliest)) {
			throw new InvalidInputException("at", "night.error.tooEarly");
		}
		return at;
	}

	private static AgeBands bands(@Nullable Youth youth, List<FieldViolation> problems, String field) {
		int[] counts = youth == null ? new int[4] : new int[] { orZero(youth.under13()), orZero(youth.age13to15()),
				orZero(youth.age16to17()), orZero(youth.adults()) };
		for (int count : counts) {
			if (count < 0 || count > 500) {
				problems.add(new FieldViolation(field, "night.error.count", 0, 500));
				return new AgeBands(0, 0, 0, 0);
			}
		}
		return new AgeBands(counts[0], counts[1], counts[2], counts[3]);
	}

	private static int orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
