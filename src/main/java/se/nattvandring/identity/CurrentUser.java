package se.nattvandring.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, as every module needs to know it: the organisation decides what they may see, the roles what they
 * may do. Controllers take it as a method parameter.
 */
public record CurrentUser(long userId, String username, String displayName, long organisationId,
		OrganisationKind organisationKind, Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** For templates, which name roles as text. */
	public boolean hasRole(String role) {
		return roles.contains(Role.valueOf(role));
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Whether the user is one of this organisation's own people: its staff, contacts or walkers. */
	public boolean belongsTo(long organisationId) {
		return this.organisationId == organisationId;
	}

	/** A walker and nothing else: they see their own association's walks and their own data. */
	public boolean isWalkerOnly() {
		return roles.size() == 1 && roles.contains(Role.WALKER);
	}

	/** The association's own contact, who manages its walkers and its walks. */
	public boolean isContactOf(long associationId) {
		return has(Role.ASSOCIATION_CONTACT) && belongsTo(associationId);
	}

	/** The role that decides the start page; a user with several sees the most responsible one. */
	public Role primaryRole() {
		for (Role role : Role.values()) {
			if (roles.contains(role)) {
				return role;
			}
		}
		throw new IllegalStateException("User without role: " + username);
	}
}
