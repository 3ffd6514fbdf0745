package se.nattvandring.walk;

import se.nattvandring.identity.CurrentUser;

/**
 * Who reads what of a walk, in one place: pages, the API, exports and mails ask here. The association's own people
 * (its contacts and walkers) see its walkers by name; everyone else, the district and its administrator included,
 * sees a team as numbers, because the registry is the association's (docs/data-per-role.md).
 */
public final class WalkReaders {

	private WalkReaders() {
	}

	/** Whether the user sees the names of this association's walkers: only its own people do. */
	public static boolean seesNames(CurrentUser user, long associationId) {
		return user.belongsTo(associationId);
	}

	/** Whether the user manages this association's team: its own contact. */
	public static boolean managesTeamOf(CurrentUser user, long associationId) {
		return user.isContactOf(associationId);
	}
}
