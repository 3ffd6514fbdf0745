package se.nattvandring.support;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;

/** Demo users as services see them, for tests that call the modules' APIs directly rather than through HTTP. */
public final class DemoUsers {

	/** Älvsjö AIK's organisation id in the demo world. */
	public static final long AIK = 2;

	private DemoUsers() {
	}

	/** Maria Holm, Älvsjö AIK's contact. */
	public static CurrentUser aikContact(JdbcClient jdbc) {
		long userId = jdbc.sql("select id from user_account where username = 'aik'").query(Long.class).single();
		return new CurrentUser(userId, "aik", "Maria Holm", AIK, OrganisationKind.ASSOCIATION,
				Set.of(Role.ASSOCIATION_CONTACT));
	}
}
