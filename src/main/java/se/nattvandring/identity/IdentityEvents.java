package se.nattvandring.identity;

import java.util.Map;
import java.util.Set;

import se.nattvandring.shared.AuditableEvent;

/** Changes to who may do what, for the audit trail. They never carry a password or a token. */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	/** Field name to {@code [before, after]}: an organisation's details, never a person's. */
	public record InvoicingDetailsChanged(long organisationId, java.util.Map<String, ?> changes)
			implements AuditableEvent {
		public String entityType() { return "organisation"; }
		public String entityId() { return String.valueOf(organisationId); }
		public String action() { return "invoicingChanged"; }
	}

	/** A new organisation number, bankgiro or plusgiro was asked for; it waits for the district. Field names only. */
	public record PayeeChangeRequested(long organisationId, java.util.List<String> fields) implements AuditableEvent {
		public String entityType() { return "organisation"; }
		public String entityId() { return String.valueOf(organisationId); }
		public String action() { return "payeeChangeRequested"; }
		public java.util.Map<String, ?> changes() { return java.util.Map.of("fields", fields); }
	}

	/** A second person at the district confirmed the pending change; bases use it from now on. Field names only. */
	public record PayeeChangeConfirmed(long organisationId, java.util.List<String> fields, String requestedBy)
			implements AuditableEvent {
		public String entityType() { return "organisation"; }
		public String entityId() { return String.valueOf(organisationId); }
		public String action() { return "payeeChangeConfirmed"; }
		public java.util.Map<String, ?> changes() { return java.util.Map.of("fields", fields, "requestedBy", requestedBy); }
	}

	/** A responsible administrator changed a person's roles; the roles before and after, by name. */
	public record RolesChanged(long userId, Set<Role> before, Set<Role> after) implements AuditableEvent {
		public String entityType() { return "user"; }
		public String entityId() { return String.valueOf(userId); }
		public String action() { return "rolesChanged"; }
		public Map<String, ?> changes() {
			return Map.of("roles", java.util.List.of(before.stream().map(Role::name).sorted().toList(),
					after.stream().map(Role::name).sorted().toList()));
		}
	}

	public record OrganisationRegistered(long organisationId, String name, OrganisationKind kind)
			implements AuditableEvent {
		@Override
		public String entityType() {
			return "organisation";
		}

		@Override
		public String entityId() {
			return String.valueOf(organisationId);
		}

		@Override
		public String action() {
			return "created";
		}

		@Override
		public Map<String, ?> changes() {
			return Map.of("name", name, "kind", kind.name());
		}
	}

	public record AccountCreated(long userId, String username, long organisationId, Set<Role> roles)
			implements AuditableEvent {
		@Override
		public String entityType() {
			return "user";
		}

		@Override
		public String entityId() {
			return String.valueOf(userId);
		}

		@Override
		public String action() {
			return "created";
		}

		@Override
		public Map<String, ?> changes() {
			return Map.of("username", username, "organisationId", organisationId, "roles",
					roles.stream().map(Role::name).sorted().toList());
		}
	}

	public record LanguageChosen(long userId, String language) implements AuditableEvent {
		@Override
		public String entityType() {
			return "user";
		}

		@Override
		public String entityId() {
			return String.valueOf(userId);
		}

		@Override
		public String action() {
			return "revised";
		}

		@Override
		public Map<String, ?> changes() {
			return Map.of("preferredLanguage", language);
		}
	}

	/** With how many ways in ended, never which: no session id, link or token reaches the trail. */
	public record AccountDisabled(long userId, int sessionsEnded, int signInLinksVoided, int apiTokensRevoked)
			implements AuditableEvent {
		public String entityType() { return "user"; }
		public String entityId() { return String.valueOf(userId); }
		public String action() { return "disabled"; }
		public Map<String, ?> changes() {
			return Map.of("enabled", false, "sessionsEnded", sessionsEnded, "signInLinksVoided", signInLinksVoided,
					"apiTokensRevoked", apiTokensRevoked);
		}
	}

	public record AccountEnabled(long userId) implements AuditableEvent {
		public String entityType() { return "user"; }
		public String entityId() { return String.valueOf(userId); }
		public String action() { return "enabled"; }
		public Map<String, ?> changes() { return Map.of("enabled", true); }
	}

	/** Never the password itself; only that it changed. */
	public record PasswordChanged(long userId) implements AuditableEvent {
		public String entityType() { return "user"; }
		public String entityId() { return String.valueOf(userId); }
		public String action() { return "revised"; }
		public Map<String, ?> changes() { return Map.of("password", "changed"); }
	}

	/** A second factor set up or reset; never the secret or a code. */
	public record SecondFactorChanged(long userId, String change) implements AuditableEvent {
		public String entityType() { return "user"; }
		public String entityId() { return String.valueOf(userId); }
		public String action() { return "secondFactor"; }
		public Map<String, ?> changes() { return Map.of("secondFactor", change); }
	}
}
