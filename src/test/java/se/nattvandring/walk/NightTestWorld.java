package se.nattvandring.walk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;

/**
 * A world of its own for a walk-night test: trained walkers with their own logins, made through the modules' APIs
 * as an association's contact would, and a walk of theirs about to start. Nothing of the demo's
 * walkers or walks is touched, so the tests pass in any order.
 */
@Component
public class NightTestWorld {

	/** A walker with a login: a password for the browser, an API token for MockMvc. */
	public record Walker(long walkerId, long userId, String username, String email, String token) {
	}

	public static final String PASSWORD = "nattvandring-test-1";

	public static final long AIK = 2;

	public static final long FOLKPARKEN = 3;

	/** The agreement in force in the demo world, which both associations walk under. */
	public static final long CURRENT_AGREEMENT = 2;

	private final Walks walks;

	private final TeamSignUps signUps;

	private final Walkers walkers;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WalkNights nights;

	NightTestWorld(Walks walks, TeamSignUps signUps, Walkers walkers, Accounts accounts, ApiTokens tokens,
			JdbcClient jdbc, Clock clock, WalkNights nights) {
		this.nights = nights;
		this.walks = walks;
		this.signUps = signUps;
		this.walkers = walkers;
		this.accounts = accounts;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public CurrentUser contact(String username) {
		return jdbc.sql("""
				select u.id, u.display_name, u.organisation_id from user_account u where u.username = :username
				""").param("username", username)
			.query((rs, row) -> new CurrentUser(rs.getLong(1), username, rs.getString(2), rs.getLong(3),
					OrganisationKind.ASSOCIATION, Set.of(Role.ASSOCIATION_CONTACT)))
			.single();
	}

	public CurrentUser coordinator() {
		return jdbc.sql("select id, display_name, organisation_id from user_account where username = 'distrikt'")
			.query((rs, row) -> new CurrentUser(rs.getLong(1), "distrikt", rs.getString(2), rs.getLong(3),
					OrganisationKind.DISTRICT_ADMINISTRATION, Set.of(Role.DISTRICT_COORDINATOR)))
			.single();
	}

	public CurrentUser contactOf(long association) {
		return contact(association == AIK ? "aik" : "folkparken");
	}

	/** A trained adult walker of the association, invited and signed up for a login with a known password. */
	public Walker walker(long association) {
		CurrentUser contact = contactOf(association);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "natt-" + tag + "@exempel.se";
		long id = walkers.register(association, new WalkerDraft("Natt " + tag, null, email, LocalDate.of(1980, 3, 3),
				LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(id, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		walkers.invite(id, contact);
		long userId = walkers.accountOf(id).orElseThrow();
		accounts.changePassword(userId, PASSWORD);
		String username = jdbc.sql("select username from user_account where id = :id").param("id", userId)
			.query(String.class).single();
		return new Walker(id, userId, username, email, tokens.issue(userId, "test").secret());
	}

	/** A place on the route of the current agreement's place plan in force. */
	public long place() {
		return jdbc.sql("""
				select r.place_id from place_plan_place r join place_plan p on p.id = r.plan_id
				where p.agreement_id = :agreement and p.in_force_since is not null
				order by p.version_number, r.position limit 1
				""").param("agreement", CURRENT_AGREEMENT).query(Long.class).single();
	}

	/**
	 * A walk of the leader's association starting in 40 minutes, with the leader and the members on it; the team may
	 * check in now, as one does at the meeting point before the start.
	 */
	public long walkStartingWithinTheHour(Walker leader, Walker... members) {
		long association = associationOf(leader.walkerId());
		CurrentUser contact = contactOf(association);
		ZonedDateTime start = clock.instant().plus(40, ChronoUnit.MINUTES).atZone(StockholmTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES);
		long walk = walks.plan(new WalkPlan(CURRENT_AGREEMENT, association, start.toLocalDate(),
				start.toLocalTime(), start.toLocalTime().plusHours(3), "Älvsjö station", List.of(place()),
				leader.walkerId(), 1, 8), contact).id();
		for (Walker member : members) {
			signUps.signUp(walk, member.walkerId(), contact);
		}
		return walk;
	}

	/**
	 * An Älvsjö AIK walk two evenings ago, 19:30 to 22:50 inside the current agreement's window, walked and reported:
	 * with three trained adults checked in it meets every criterion; with fewer it fails the walkers' minimum.
	 */
	public long reportedWalk(int present) {
		return reportedWalk(present, null);
	}

	/** As {@link #reportedWalk(int)}, with an observation that carries this note when it is given. */
	public long reportedWalk(int present, @org.jspecify.annotations.Nullable String observationNote) {
		CurrentUser contact = contactOf(AIK);
		List<Walker> team = new java.util.ArrayList<>();
		for (int i = 0; i < Math.max(1, present); i++) {
			team.add(walker(AIK));
		}
		LocalDate walked = StockholmTime.today(clock).minusDays(2);
		WalkView walk = walks.plan(new WalkPlan(CURRENT_AGREEMENT, AIK, walked, java.time.LocalTime.of(19, 30),
				java.time.LocalTime.of(22, 50), "Älvsjö station", observationNote == null ? List.of() : List.of(place()),
				team.get(0).walkerId(), 1, 8, true), contact);
		// The walk has started, so the others join at the check-in, as walkers who turn up unplanned do.
		List<Long> checkedIn = team.stream().limit(present).map(Walker::walkerId).toList();
		nights.checkIn(walk.id(), new NightEntries.CheckIn(checkedIn, walk.startsAt()), contact);
		if (observationNote != null) {
			nights.observe(walk.id(), new NightEntries.ObservationEntry(ObservationCategory.YOUTH_GATHERING, place(),
					new NightEntries.Youth(0, 2, 3, 0), List.of(), observationNote, walk.startsAt().plusSeconds(1800)),
					contact);
		}
		nights.checkOut(walk.id(), new NightEntries.CheckOut(walk.endsAt()), contact);
		nights.saveReport(walk.id(), new NightEntries.ReportEntry("Lugn kväll vid stationen", null, null, null),
				contact);
		nights.submitReport(walk.id(), new NightEntries.Submit(null), contact);
		return walk.id();
	}

	/**
	 * A walk planned two evenings ago, led by the first of the team, whose night was never recorded on a phone: a night
	 * kept on paper.
	 */
	public record PastWalk(long walkId, List<Long> team, java.time.Instant startsAt, java.time.Instant endsAt) {
	}

	public PastWalk walkKeptOnPaper(int teamSize) {
		CurrentUser contact = contactOf(AIK);
		List<Long> team = new java.util.ArrayList<>();
		for (int i = 0; i < teamSize; i++) {
			team.add(walker(AIK).walkerId());
		}
		LocalDate walked = StockholmTime.today(clock).minusDays(2);
		WalkView walk = walks.plan(new WalkPlan(CURRENT_AGREEMENT, AIK, walked, java.time.LocalTime.of(19, 30),
				java.time.LocalTime.of(22, 50), "Älvsjö station", List.of(), team.get(0), 1, 8, true), contact);
		// The others were not signed up: they turned up, as the logbook shows.
		return new PastWalk(walk.id(), team, walk.startsAt(), walk.endsAt());
	}

	/** The team corrects a returned walk's report and submits it again. */
	public void resubmit(long walk) {
		CurrentUser contact = contactOf(AIK);
		nights.saveReport(walk, new NightEntries.ReportEntry("Lugn kväll vid stationen och i Solbergaparken", null,
				null, null), contact);
		nights.submitReport(walk, new NightEntries.Submit(null), contact);
	}

	/** A walk of the leader's association in {@code days} days, in the afternoon when no demo walk is out. */
	public long walkInDays(Walker leader, int days) {
		long association = associationOf(leader.walkerId());
		LocalDate day = clock.instant().atZone(StockholmTime.ZONE).toLocalDate().plusDays(days);
		return walks.plan(new WalkPlan(CURRENT_AGREEMENT, association, day, java.time.LocalTime.of(14, 0),
				java.time.LocalTime.of(16, 0), "Älvsjö station", List.of(place()), leader.walkerId(), 1, 8),
				contactOf(association)).id();
	}

	/** A walker registered and trained, not yet invited to a login. */
	public long recruit(long association) {
		CurrentUser contact = contactOf(association);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = walkers.register(association, new WalkerDraft("Ny " + tag, null, "ny-" + tag + "@exempel.se",
				LocalDate.of(1985, 5, 5), LocalDate.of(2025, 1, 1)), contact).requiredId();
		walkers.recordTraining(id, new TrainingDraft("Grund", "Nattvandring.nu", LocalDate.of(2024, 1, 1), null),
				contact);
		return id;
	}

	private long associationOf(long walkerId) {
		return jdbc.sql("select association_id from walker where id = :id").param("id", walkerId)
			.query(Long.class).single();
	}

	public String status(long walk) {
		return jdbc.sql("select status from walk where id = :id").param("id", walk).query(String.class).single();
	}

	public java.time.Instant startsAt(long walk) {
		return jdbc.sql("select starts_at from walk where id = :id").param("id", walk).query(java.time.Instant.class)
			.single();
	}

	public java.time.Instant endsAt(long walk) {
		return jdbc.sql("select ends_at from walk where id = :id").param("id", walk).query(java.time.Instant.class)
			.single();
	}

	public long count(String table, long walk) {
		return jdbc.sql("select count(*) from " + table + " where walk_id = :walk").param("walk", walk)
			.query(Long.class).single();
	}
}
