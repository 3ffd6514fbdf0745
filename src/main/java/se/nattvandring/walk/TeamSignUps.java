package se.nattvandring.walk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.Walkers;

/**
 * Who walks: a walker signs up or withdraws until the cut-off; the association's contact (or the district) assigns
 * and removes until the walk starts. Every addition passes the agreement's eligibility and the overlap rule.
 */
@Service
@Transactional(readOnly = true)
public class TeamSignUps {

	private final Walks walks;

	private final WalkRepository repository;

	private final Walkers walkers;

	private final Agreements agreements;

	private final TeamEntry entry;

	private final Clock clock;

	private final Duration cutoff;

	TeamSignUps(Walks walks, WalkRepository repository, Walkers walkers, Agreements agreements, TeamEntry entry,
			Clock clock,
			@Value("${nattvandring.walks.signup-cutoff:PT6H}") Duration cutoff) {
		this.walks = walks;
		this.repository = repository;
		this.walkers = walkers;
		this.agreements = agreements;
		this.entry = entry;
		this.clock = clock;
		this.cutoff = cutoff;
	}

	/** The moment walkers can no longer sign up or withdraw themselves. */
	public Instant cutoffFor(WalkView walk) {
		return walk.startsAt().minus(cutoff);
	}

	/**
	 * @param walkerId null for the signed-in walker themself
	 * @throws RuleViolationException with the reason when the walker may not be added
	 */
	@Transactional
	public WalkView signUp(long walkId, @Nullable Long walkerId, CurrentUser user) {
		WalkView view = walks.get(walkId, user);
		long target = target(view, walkerId, user);
		walkers.lockForSignUp(target);
		Walk walk = repository.findById(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		entry.requireMayJoin(walk, List.of(target), agreement.criteriaOn(walk.walkDate()));
		walk.signUp(target, user.username(), clock.instant());
		repository.save(walk);
		return walks.get(walkId, user);
	}

	@Transactional
	public WalkView withdraw(long walkId, long walkerId, CurrentUser user) {
		WalkView view = walks.get(walkId, user);
		target(view, walkerId, user);
		Walk walk = repository.findById(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
		walk.withdraw(walkerId, user.username(), clock.instant());
		repository.save(walk);
		return walks.get(walkId, user);
	}

	/** Makes a team member the walk's leader. */
	@Transactional
	public WalkView appointLeader(long walkId, long walkerId, CurrentUser user) {
		Walk walk = walks.planned(walkId, user);
		walk.appointLeader(walkerId, clock.instant());
		repository.save(walk);
		return walks.get(walkId, user);
	}

	/** Whether the user may assign and remove any walker of the walk's association. */
	public boolean mayManageTeam(WalkView walk, CurrentUser user) {
		return walks.mayPlan(agreements.document(walk.agreementId(), user), walk.associationId(), user);
	}

	/** Whose sign-up this is, after the rule for who may change it and until when. */
	private long target(WalkView walk, @Nullable Long walkerId, CurrentUser user) {
		Instant now = clock.instant();
		@Nullable Walker self = walkers.self(user).orElse(null);
		boolean forSelf = self != null && (walkerId == null || walkerId == self.requiredId());
		if (forSelf) {
			if (!now.isBefore(cutoffFor(walk))) {
				throw new RuleViolationException("signup.error.cutoff", cutoff.toHours());
			}
			return self.requiredId();
		}
		if (walkerId == null) {
			throw new AccessDeniedException("Only a walker signs up themself");
		}
		if (!mayManageTeam(walk, user) || user.has(Role.WALKER)) {
			throw new AccessDeniedException("Only the association's contact or the district assigns walkers");
		}
		if (!now.isBefore(walk.startsAt())) {
			throw new RuleViolationException("signup.error.started");
		}
		return walkerId;
	}
}
