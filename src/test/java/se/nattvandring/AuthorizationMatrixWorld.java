package se.nattvandring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.approval.Decisions;
import se.nattvandring.followup.DialogueMeetings;
import se.nattvandring.payment.PaymentBases;
import se.nattvandring.approval.SpotChecks;
import se.nattvandring.walk.WalkDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightEntries.CheckIn;
import se.nattvandring.walk.NightPasses;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.NightTestWorld.Walker;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.Walks;

/**
 * The real targets the authorization matrix calls: each association's own walks and walkers, and targets in the
 * wrong state. Made once through the modules' APIs, beside the demo world, which the matrix only reads. Every cell
 * runs in a transaction that is rolled back, so each one finds these targets as they are made here.
 */
@Component
class AuthorizationMatrixWorld {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final NightTestWorld world;

	private final Walks walks;

	private final TeamSignUps signUps;

	private final WalkNights nights;

	private final Walkers walkers;

	private final ApiTokens tokens;

	private final NightPasses passes;

	private final JdbcClient jdbc;

	private final Decisions decisions;

	private final SpotChecks spotChecks;

	private final PaymentBases bases;

	private final DialogueMeetings meetings;

	private final Map<String, Long> targets = new HashMap<>();

	private final TransactionTemplate outsideTransactions;

	AuthorizationMatrixWorld(NightTestWorld world, Walks walks, TeamSignUps signUps, WalkNights nights,
			Walkers walkers, ApiTokens tokens, NightPasses passes, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Decisions decisions, SpotChecks spotChecks,
			PaymentBases bases, DialogueMeetings meetings) {
		this.bases = bases;
		this.meetings = meetings;
		this.decisions = decisions;
		this.spotChecks = spotChecks;
		this.outsideTransactions = new TransactionTemplate(transactionManager);
		this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.passes = passes;
		this.world = world;
		this.walks = walks;
		this.signUps = signUps;
		this.nights = nights;
		this.walkers = walkers;
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	/** Replaces every {name} in the text by its target; {ownToken} is the calling role's own token. */
	synchronized String resolve(String text, String role) {
		if (targets.isEmpty()) {
			try {
				// Made outside any transaction a caller holds, so that a cell's rollback never takes the world with it.
				outsideTransactions.executeWithoutResult(status -> make());
			}
			catch (RuntimeException incomplete) {
				// Half a world would make every later cell fail for another reason; start afresh next time.
				targets.clear();
				throw incomplete;
			}
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1).equals("ownToken") ? "token:" + role : matcher.group(1);
			Long target = targets.get(name);
			if (target == null && !name.startsWith("token:")) {
				throw new IllegalArgumentException("No target named {" + name + "} in the matrix world");
			}
			matcher.appendReplacement(resolved, String.valueOf(target == null ? 0 : target));
		}
		return matcher.appendTail(resolved).toString();
	}

	private void make() {
		CurrentUser aik = world.contact("aik");
		long vandrare = jdbc.sql("""
				select w.id from walker w join user_account u on u.id = w.user_account_id where u.username = 'vandrare'
				""").query(Long.class).single();
		targets.put("vandrare", vandrare);
		targets.put("place", world.place());
		targets.put("aikPlace", jdbc.sql("""
				select p.id from place p join organisation o on o.id = p.added_by_organisation_id
				where o.name = 'Älvsjö AIK' order by p.id limit 1""").query(Long.class).single());
		targets.put("reportedWalk", waitingWalk("Älvsjö AIK", "min"));
		paymentBases();
		targets.put("dialogueMeeting", meetings.plan(1, new DialogueMeetings.MeetingDraft(LocalDate.of(2024, 10, 15),
				"Avstämning", "Platserna efter hösten"), world.coordinator()).requiredId());
		NightTestWorld.PastWalk paper = world.walkKeptOnPaper(3);
		targets.put("paperWalk", paper.walkId());
		targets.put("paperLeader", paper.team().get(0));
		// Instants as epoch seconds, which JSON reads as well as ISO text.
		targets.put("paperIn", paper.startsAt().getEpochSecond());
		targets.put("paperOut", paper.endsAt().getEpochSecond());

		Walker aikLeader = world.walker(NightTestWorld.AIK);
		Walker folkparkenLeader = world.walker(NightTestWorld.FOLKPARKEN);
		targets.put("aikWalker", aikLeader.walkerId());
		targets.put("folkparkenWalker", folkparkenLeader.walkerId());
		targets.put("aikRecruit", world.recruit(NightTestWorld.AIK));
		targets.put("folkparkenRecruit", world.recruit(NightTestWorld.FOLKPARKEN));
		long inactive = world.recruit(NightTestWorld.AIK);
		walkers.deactivate(inactive, aik);
		targets.put("aikInactive", inactive);
		walkers.lend(aikLeader.walkerId(), "Reflexväst", LocalDate.of(2025, 1, 1), aik);

		long aikWalk = world.walkInDays(aikLeader, 9);
		signUps.signUp(aikWalk, vandrare, aik);
		targets.put("aikWalk", aikWalk);
		targets.put("aikWalkWithoutVandrare", world.walkInDays(aikLeader, 10));
		targets.put("folkparkenWalk", world.walkInDays(folkparkenLeader, 9));
		long cancelled = world.walkInDays(aikLeader, 11);
		walks.cancel(cancelled, aik);
		targets.put("cancelledWalk", cancelled);

		long inProgress = world.walkStartingWithinTheHour(world.walker(NightTestWorld.AIK));
		nights.checkIn(inProgress, new CheckIn(List.of(leaderOf(inProgress)), null), aik);
		targets.put("inProgress", inProgress);
		targets.put("inProgressLeader", leaderOf(inProgress));
		targets.put("tonight", jdbc.sql("""
				select id from walk where team_leader_id = :walker and status = 'PLANNED'
				and starts_at between now() - interval '3 hours' and now() + interval '2 hours'
				order by starts_at limit 1
				""").param("walker", vandrare).query(Long.class).optional()
			.orElseThrow(() -> new IllegalStateException("The demo has no walk tonight led by the demo walker")));
		passes.issue(targets.get("tonight"), demoWalker());
		spotCheckOfAnApprovedWalk();

		Map<String, Long> users = new HashMap<>();
		jdbc.sql("select username, id from user_account where username in (:roles)")
			.param("roles", AuthorizationMatrixTest.ROLES)
			.query((rs, row) -> users.put(rs.getString(1), rs.getLong(2)))
			.list();
		users.forEach((username, userId) -> targets.put("token:" + username, tokenOf(userId)));
		targets.put("distriktToken", targets.get("token:distrikt"));
		targets.put("faltUser", users.get("falt"));
		targets.put("aikUser", users.get("aik"));
	}

	/**
	 * Payment bases of the seed agreement's last month, whose reports the demo left waiting: a draft for Älvsjö AIK
	 * and an issued, not yet attested basis for Södra Folkparken, each paying one walk approved here.
	 */
	private void paymentBases() {
		CurrentUser coordinator = world.coordinator();
		Decisions.Decision approve = new Decisions.Decision(WalkDecisions.Step.APPROVE, "Kontrollerad i efterhand", true);
		decisions.decide(waitingWalk("Älvsjö AIK", "max"), approve, coordinator);
		long folkparkenWalk = waitingWalk("Södra Folkparken", "max");
		decisions.decide(folkparkenWalk, approve, coordinator);
		targets.put("issuedBasisWalk", folkparkenWalk);
		LocalDate from = LocalDate.of(2025, 12, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		targets.put("draftBasis", bases.prepare(1, new PaymentBases.Draft(NightTestWorld.AIK, from, to), coordinator).id());
		long issued = bases.prepare(1, new PaymentBases.Draft(NightTestWorld.FOLKPARKEN, from, to), coordinator).id();
		bases.issue(issued, coordinator);
		targets.put("issuedBasis", issued);
		targets.put("aikWebhook", jdbc.sql("""
				insert into webhook_endpoint (organisation_id, url, secret, events, created_by, created_at)
				values (2, 'https://93.184.215.14/hook', 'whsec_AAAA', array['basis.attested'], 'aik', now())
				returning id""").query(Long.class).single());
		targets.put("aikImport", jdbc.sql("""
				insert into walker_import (association_id, created_by, created_at, informed_on, drafts, new_count,
				matched_count, refused_count) values (2, 'aik', now(), date '2026-11-01', '[]', 0, 0, 0) returning id""")
			.query(Long.class).single());
	}

	private long waitingWalk(String association, String which) {
		return jdbc.sql("""
				select %s(w.id) from walk w join organisation o on o.id = w.association_id
				where w.agreement_id = 1 and w.status = 'REPORTED' and o.name = :association""".formatted(which))
			.param("association", association).query(Long.class).single();
	}

	/** A walk approved by the district, once the queue has it, and a spot check that sampled it. */
	private void spotCheckOfAnApprovedWalk() {
		long approved = world.reportedWalk(3);
		CurrentUser coordinator = world.coordinator();
		decisions.decide(approved, new Decisions.Decision(WalkDecisions.Step.APPROVE, null, null), coordinator);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select count(*) from decision_queue where walk_id = :id").param("id", approved)
			.query(Long.class).single() == 1);
		java.time.LocalDate date = jdbc.sql("select walk_date from walk where id = :id").param("id", approved)
			.query(java.time.LocalDate.class).single();
		long agreement = jdbc.sql("select agreement_id from walk where id = :id").param("id", approved)
			.query(Long.class).single();
		var drawn = spotChecks.draw(agreement, new SpotChecks.Draw(date, date, SpotChecks.LARGEST_SAMPLE, 1L),
				coordinator);
		targets.put("spotCheck", drawn.id());
		targets.put("spotCheckWalk", approved);
	}

	private CurrentUser demoWalker() {
		return jdbc.sql("select id, display_name, organisation_id from user_account where username = 'vandrare'")
			.query((rs, row) -> new CurrentUser(rs.getLong(1), "vandrare", rs.getString(2), rs.getLong(3),
					OrganisationKind.ASSOCIATION, Set.of(Role.WALKER)))
			.single();
	}

	private long tokenOf(long userId) {
		return java.util.Objects.requireNonNull(tokens.issue(userId, "Matrisen").token().id());
	}

	private long leaderOf(long walk) {
		return jdbc.sql("select team_leader_id from walk where id = :id").param("id", walk).query(Long.class)
			.single();
	}
}
