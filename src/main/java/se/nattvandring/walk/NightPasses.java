package se.nattvandring.walk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.ApiTokens;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.Walkers;

/**
 * The night pass: what lets a walker's phone write the night after the web session has ended. It is scoped to one
 * walk and one walker, allows only the night's writes, is kept as a hash, and ends with the report's submission or
 * some hours after the planned end; the walker, the association's contact and an admin can revoke it. Sessions stay
 * short; only this narrow credential lasts the night. See docs/offline-outbox.md.
 */
@Service
@Transactional(readOnly = true)
public class NightPasses {

	/** A pass in clear text, once; the server keeps only its hash. */
	public record IssuedPass(long walkId, String secret, Instant expiresAt) {
	}

	/** A walker whose phone holds a live pass for the walk. */
	public record Holder(long walkerId, Instant expiresAt) {
	}

	private static final Set<WalkStatus> OPEN = EnumSet.of(WalkStatus.PLANNED, WalkStatus.IN_PROGRESS,
			WalkStatus.COMPLETED);

	private final Walks walks;

	private final Walkers walkers;

	private final ApiTokens tokens;

	private final Clock clock;

	private final Duration validAfterEnd;

	NightPasses(Walks walks, Walkers walkers, ApiTokens tokens, Clock clock,
			@Value("${nattvandring.night-pass.valid-after-end:PT12H}") Duration validAfterEnd) {
		this.walks = walks;
		this.walkers = walkers;
		this.tokens = tokens;
		this.clock = clock;
		this.validAfterEnd = validAfterEnd;
	}

	static String name(long walkId) {
		return "night-pass walk " + walkId;
	}

	/** The requests a pass allows: the night's writes of this walk, nothing else. */
	static List<String> allowedRequests(long walkId) {
		return NightWriteRoutes.WRITES.stream().map(write -> write.replace("{id}", String.valueOf(walkId)))
			.toList();
	}

	/**
	 * @throws RuleViolationException unless the user is a walker on the walk's team and its night is still open
	 */
	@Transactional
	public IssuedPass issue(long walkId, CurrentUser user) {
		Walk walk = load(walkId, user);
		Walker self = walkers.self(user).orElseThrow(() -> new RuleViolationException("nightPass.error.notAWalker"));
		if (!walk.isOnTeam(self.requiredId()) && !walk.presentIds().contains(self.requiredId())) {
			throw new RuleViolationException("nightPass.error.notOnTeam");
		}
		Instant expiresAt = walk.endsAt().plus(validAfterEnd);
		if (!OPEN.contains(walk.status()) || !clock.instant().isBefore(expiresAt)) {
			throw new RuleViolationException("nightPass.error.nightOver");
		}
		ApiTokens.IssuedToken issued = tokens.issueScoped(user.userId(), name(walkId), allowedRequests(walkId),
				expiresAt);
		return new IssuedPass(walkId, issued.secret(), expiresAt);
	}

	/** The walkers whose phones hold a live pass, for the walker themself, their contact and an admin. */
	public List<Holder> holders(long walkId, CurrentUser user) {
		Walk walk = load(walkId, user);
		return holdersOf(walkId).stream().filter(holder -> mayRevoke(walk, holder.walkerId(), user)).toList();
	}

	/**
	 * For the walk's page, which has read the walk and knows the user is its contact or an admin: one statement, and
	 * a second when there are live passes, whatever their number.
	 */
	public List<Holder> holdersOf(long walkId) {
		List<ApiTokens.LiveScopedToken> live = tokens.liveScoped(name(walkId));
		Map<Long, Long> walkerOf = walkers.walkersOfAccounts(live.stream().map(ApiTokens.LiveScopedToken::userId)
			.toList());
		return live.stream().filter(t -> walkerOf.containsKey(t.userId()))
			.map(t -> new Holder(walkerOf.get(t.userId()), t.expiresAt())).toList();
	}

	/**
	 * Ends the walker's passes for this walk, as when a phone is lost.
	 * @throws AccessDeniedException unless the user is that walker, the association's contact or an admin
	 */
	@Transactional
	public int revoke(long walkId, long walkerId, CurrentUser user) {
		Walk walk = load(walkId, user);
		if (!mayRevoke(walk, walkerId, user)) {
			throw new AccessDeniedException("Only the walker, their contact or an admin revokes a night pass");
		}
		long account = walkers.accountOf(walkerId).orElseThrow(() -> new NotFoundException("walker", walkerId));
		return tokens.endScoped(name(walkId), account, true);
	}

	/** When the report is submitted no phone writes to the night any more. */
	void endAll(long walkId) {
		tokens.endScoped(name(walkId), null, false);
	}

	private boolean mayRevoke(Walk walk, long walkerId, CurrentUser user) {
		boolean self = walkers.self(user).map(w -> w.requiredId() == walkerId).orElse(false);
		boolean contact = WalkReaders.managesTeamOf(user, walk.associationId());
		return self || contact;
	}

	private Walk load(long walkId, CurrentUser user) {
		return walks.visible(walkId, user);
	}
}
