package se.nattvandring.walk;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;

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

	/**
	 * Whether the user reads a walk's report text: the association's own people; the district's staff, whose approval
	 * and follow-up need it; and Nattvandring.nu, which trains the walkers. Not the board, which reads counts, and not
	 * another association.
	 */
	public static boolean readsReport(CurrentUser user, long associationId) {
		return seesNames(user, associationId) || actsForTheDistrict(user) || user.has(Role.FOUNDATION);
	}

	/** Whether the user reads the notes of a walk's observations: the association's own people and the district's staff. */
	public static boolean readsObservationNotes(CurrentUser user, long associationId) {
		return seesNames(user, associationId) || actsForTheDistrict(user);
	}

	/** The district's staff in a role that decides or follows walks up; the board alone reads counts only. */
	private static boolean actsForTheDistrict(CurrentUser user) {
		return user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION
				&& user.roles().stream().anyMatch(role -> role != Role.BOARD);
	}

	/** Whether the user manages this association's team: its own contact. */
	public static boolean managesTeamOf(CurrentUser user, long associationId) {
		return user.isContactOf(associationId);
	}
}
