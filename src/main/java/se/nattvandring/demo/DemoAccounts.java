package se.nattvandring.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.nattvandring.identity.Role;
import se.nattvandring.shared.DemoAccountSource;
import se.nattvandring.shared.DemoMode.DemoAccount;

/** The demo logins. All share one password, published on the login page; none exists outside demo mode. */
@Component
class DemoAccounts implements DemoAccountSource {

	static final String PASSWORD = "nattvandring";

	record Account(String username, String displayName, String organisation, Role role) {

		/** The demo's administrator also runs the installation, so that every page can be tried with one login. */
		Set<Role> roles() {
			return role == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.INSTALLATION_ADMIN) : EnumSet.of(role);
		}
	}

	static final List<Account> ALL = List.of(
			new Account("distrikt", "Karin Lindqvist", DemoOrganisations.DISTRICT, Role.DISTRICT_COORDINATOR),
			new Account("chef", "Birgitta Ek", DemoOrganisations.DISTRICT, Role.ATTESTER),
			new Account("namnd", "Stadsdelsnämndens ledamöter", DemoOrganisations.DISTRICT, Role.BOARD),
			new Account("falt", "Ahmed Yusuf", DemoOrganisations.DISTRICT, Role.FIELD_ASSISTANT),
			new Account("aik", "Maria Holm", DemoOrganisations.AIK, Role.ASSOCIATION_CONTACT),
			new Account("folkparken", "Jonas Berg", DemoOrganisations.FOLKPARKEN, Role.ASSOCIATION_CONTACT),
			new Account("stiftelsen", "Eva Nordin", DemoOrganisations.FOUNDATION, Role.FOUNDATION),
			new Account("vandrare", "Leila Andersson", DemoOrganisations.AIK, Role.WALKER),
			new Account("admin", "Per Admin", DemoOrganisations.DISTRICT, Role.ADMIN));

	/** The staff's addresses, for alerts; walkers have theirs on the walker record. */
	static final Map<String, String> EMAILS = Map.of("distrikt", "karin.lindqvist@exempel.se", "chef", "birgitta.ek@exempel.se", "falt",
			"ahmed.yusuf@exempel.se", "aik", "maria.holm@exempel.se", "folkparken", "jonas.berg@exempel.se",
			"stiftelsen", "eva.nordin@exempel.se", "admin", "per.admin@exempel.se");

	@Override
	public List<DemoAccount> demoAccounts() {
		return ALL.stream().map(a -> new DemoAccount(a.username(), "role." + a.role().name(), a.organisation())).toList();
	}
}
