package se.nattvandring.walk;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.NightSettings.LeaderRule;

/**
 * Who may do what on the night: the team leader, or whom the agreement's rule lets lead in the leader's absence,
 * checks in, out and reports; anyone on the team logs; the association's contact may do both on the team's behalf.
 */
@Component
public class TeamLeadership {

	private final Walkers walkers;

	private final NightSettings settings;

	TeamLeadership(Walkers walkers, NightSettings settings) {
		this.walkers = walkers;
		this.settings = settings;
	}

	/** Whether the user may check in, check out and report this walk, under the agreement's leader rule. */
	public boolean mayLead(Walk walk, CurrentUser user, Set<Long> present) {
		return mayLead(walk.agreementId(), walk.associationId(), walk.teamLeaderId(), Set.copyOf(walk.teamIds()),
				present, user);
	}

	/** The same from the read model, for the night page. */
	public boolean mayLead(long agreementId, long associationId, @Nullable Long leader, Set<Long> team, Set<Long> present,
			CurrentUser user) {
		if (isContact(associationId, user)) {
			return true;
		}
		Long self = walkers.self(user).map(Walker::requiredId).orElse(null);
		if (self == null || !team.contains(self) && !present.contains(self)) {
			return false;
		}
		if (Objects.equals(leader, self)) {
			return true;
		}
		LeaderRule rule = settings.of(agreementId).leaderRule();
		boolean leaderAbsent = leader == null || !present.isEmpty() && !present.contains(leader);
		return rule == LeaderRule.ANY_SIGNED_UP || rule == LeaderRule.ANY_SIGNED_UP_WHEN_LEADER_ABSENT && leaderAbsent;
	}

	void requireLeader(Walk walk, CurrentUser user, Set<Long> present) {
		if (!mayLead(walk, user, present)) {
			throw new AccessDeniedException("Not the team leader of this walk");
		}
	}

	void requirePresent(Walk walk, CurrentUser user) {
		if (isContact(walk.associationId(), user)) {
			return;
		}
		Long self = walkers.self(user).map(Walker::requiredId).orElse(null);
		if (self == null || !walk.presentIds().contains(self) && !walk.isOnTeam(self)) {
			throw new AccessDeniedException("Only the team logs the walk");
		}
	}

	/** The association's own contact, who leads, logs and corrects its nights on its behalf. */
	static boolean isContact(long associationId, CurrentUser user) {
		return WalkReaders.managesTeamOf(user, associationId);
	}
}
