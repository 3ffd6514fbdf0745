package se.nattvandring.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in. Holds only what login and the UI need: no personnummer, no address. */
@Table("user_account")
record UserAccount(@Id @Nullable Long id, String username, String displayName, String passwordHash,
		long organisationId, @Nullable String preferredLanguage, boolean enabled, @Nullable String email,
		@MappedCollection(idColumn = "user_id") Set<RoleGrant> roles) {

	@Table("user_role")
	record RoleGrant(Role role) {
	}

	static UserAccount create(String username, String displayName, String passwordHash, long organisationId,
			Set<Role> roles) {
		return new UserAccount(null, username, displayName, passwordHash, organisationId, null, true, null,
				roles.stream().map(RoleGrant::new).collect(Collectors.toSet()));
	}

	UserAccount withPreferredLanguage(String language) {
		return new UserAccount(id, username, displayName, passwordHash, organisationId, language, enabled, email,
				roles);
	}

	UserAccount withContact(String newDisplayName, @Nullable String newEmail) {
		return new UserAccount(id, username, newDisplayName, passwordHash, organisationId, preferredLanguage, enabled,
				newEmail, roles);
	}

	UserAccount withPasswordHash(String hash) {
		return new UserAccount(id, username, displayName, hash, organisationId, preferredLanguage, enabled, email,
				roles);
	}

	UserAccount disabled() {
		return new UserAccount(id, username, displayName, passwordHash, organisationId, preferredLanguage, false, email,
				roles);
	}

	Set<Role> roleSet() {
		return roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
	}

	long requiredId() {
		if (id == null) {
			throw new IllegalStateException("User not saved yet: " + username);
		}
		return id;
	}
}
