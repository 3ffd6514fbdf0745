package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * People are managed by whoever answers for them: the district's administrator its staff's roles and access, a contact
 * its organisation's other contacts, the installation's administrator its districts. Nobody reaches another
 * organisation's people, ends their own access, or leaves an organisation without an administrator.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class PeopleTests {

	@Autowired
	People people;

	@Autowired
	Districts districts;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theAdministratorChangesARoleAndItIsInTheTrailWithRoleCodesOnly() {
		CurrentUser admin = user("admin");
		long falt = user("falt").userId();

		people.changeRoles(falt, Set.of(Role.FIELD_ASSISTANT, Role.BOARD), admin);

		assertThat(roles(falt)).containsExactly("BOARD", "FIELD_ASSISTANT");
		assertThat(events.stream(IdentityEvents.RolesChanged.class))
			.singleElement().satisfies(changed -> {
				assertThat(changed.before()).containsExactly(Role.FIELD_ASSISTANT);
				assertThat(changed.after()).containsExactlyInAnyOrder(Role.FIELD_ASSISTANT, Role.BOARD);
			});
		assertThat(people.ofOwnOrganisation(admin)).extracting(People.Person::displayName)
			.contains("Karin Lindqvist", "Per Admin").doesNotContain("Maria Holm", "Leila Andersson");
	}

	@Test
	void endingAccessEndsTheTokensAndTheAccountStaysForTheTrail() {
		long falt = user("falt").userId();

		people.endAccess(falt, user("admin"));

		assertThat(jdbc.sql("select enabled from user_account where id = :id").param("id", falt)
			.query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("select count(*) from api_token where user_id = :id and revoked_at is null")
			.param("id", falt).query(Long.class).single()).isZero();
		assertThat(events.stream(IdentityEvents.AccountDisabled.class)).extracting(IdentityEvents.AccountDisabled::userId)
			.containsExactly(falt);
	}

	@Test
	void nobodyEndsTheirOwnAccessOrLeavesTheDistrictWithoutAnAdministrator() {
		CurrentUser admin = user("admin");
		assertThatThrownBy(() -> people.endAccess(admin.userId(), admin)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("people.error.ownAccess");
		assertThatThrownBy(() -> people.changeRoles(admin.userId(), Set.of(Role.BOARD), admin))
			.isInstanceOf(RuleViolationException.class).hasMessageContaining("people.error.ownRoles");

		// A second administrator may take the role from the first, but then nobody may take it from the second.
		long falt = user("falt").userId();
		people.changeRoles(falt, Set.of(Role.ADMIN, Role.FIELD_ASSISTANT), admin);
		CurrentUser second = user("falt");
		people.changeRoles(admin.userId(), Set.of(Role.DISTRICT_COORDINATOR), second);
		assertThat(roles(admin.userId())).as("the installation's role is not the district's to give or take")
			.containsExactly("DISTRICT_COORDINATOR", "INSTALLATION_ADMIN");
		assertThatThrownBy(() -> people.changeRoles(falt, Set.of(Role.FIELD_ASSISTANT), second))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void noAdministratorReachesAnotherOrganisationsPeople() {
		CurrentUser admin = user("admin");
		long aikContact = user("aik").userId();
		long walker = user("vandrare").userId();

		assertThatThrownBy(() -> people.changeRoles(aikContact, Set.of(Role.ADMIN), admin))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.endAccess(walker, admin)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.changeRoles(user("chef").userId(), Set.of(Role.WALKER), admin))
			.as("a walker is the association's registry, never a district role")
			.isInstanceOfSatisfying(se.nattvandring.shared.InvalidInputException.class, refused -> assertThat(
					refused.violations()).extracting(se.nattvandring.shared.FieldViolation::messageKey)
				.containsExactly("people.error.roles"));
		assertThatThrownBy(() -> people.ofOwnOrganisation(user("distrikt"))).isInstanceOf(AccessDeniedException.class);
		assertThat(roles(aikContact)).containsExactly("ASSOCIATION_CONTACT");
	}

	@Test
	void aContactInvitesAnotherContactOfTheirOwnAssociationOnThePageAndEndsTheirAccess() {
		var page = mvc.post().uri("/people").cookie(new DemoLogins(mvc).session("aik")).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", "Ny Kontakt").param("email", "ny.kontakt@aik.example").exchange();
		assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/people");

		long invited = jdbc.sql("select id from user_account where email = 'ny.kontakt@aik.example'")
			.query(Long.class).single();
		assertThat(jdbc.sql("select organisation_id from user_account where id = :id").param("id", invited)
			.query(Long.class).single()).isEqualTo(NightTestWorld.AIK);
		assertThat(roles(invited)).containsExactly("ASSOCIATION_CONTACT");
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'ny.kontakt@aik.example'")
			.query(Long.class).single()).isOne();
		assertThat(mvc.get().uri("/people").cookie(new DemoLogins(mvc).session("aik"))).bodyText()
			.contains("Ny Kontakt").doesNotContain("Leila Andersson");

		assertThatThrownBy(() -> people.endAccess(invited, user("folkparken"))).isInstanceOf(NotFoundException.class);
		people.endAccess(invited, user("aik"));
		assertThat(jdbc.sql("select enabled from user_account where id = :id").param("id", invited)
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void theInstallationsAdministratorCreatesADistrictWhoseFirstAdministratorIsInvited() {
		var created = districts.create(new Districts.NewDistrict("Skarpnäcks stadsdelsförvaltning", "212000-0159",
				"Sara Admin", "sara.admin@skarpnack.example"), user("admin"));

		assertThat(jdbc.sql("""
				select r.role from user_account u join user_role r on r.user_id = u.id
				where u.email = 'sara.admin@skarpnack.example' and u.organisation_id = :org
				""").param("org", created.id()).query(String.class).list()).containsExactly("ADMIN");
		assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'sara.admin@skarpnack.example'")
			.query(Long.class).single()).isOne();
		assertThat(districts.all(user("admin"))).extracting(Districts.DistrictView::name)
			.contains("Skarpnäcks stadsdelsförvaltning");
		assertThatThrownBy(() -> districts.create(new Districts.NewDistrict("Skarpnäcks stadsdelsförvaltning", null,
				"Sara Två", "sara.tva@skarpnack.example"), user("admin"))).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> districts.all(user("distrikt"))).isInstanceOf(AccessDeniedException.class);
	}

	private CurrentUser user(String username) {
		long id = jdbc.sql("select id from user_account where username = :u").param("u", username)
			.query(Long.class).single();
		List<String> roles = roles(id);
		return jdbc.sql("""
				select u.display_name, u.organisation_id, o.kind from user_account u
				join organisation o on o.id = u.organisation_id where u.id = :id
				""").param("id", id)
			.query((rs, row) -> new CurrentUser(id, username, rs.getString(1), rs.getLong(2),
					OrganisationKind.valueOf(rs.getString(3)),
					roles.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet())))
			.single();
	}

	private List<String> roles(long userId) {
		return jdbc.sql("select role from user_role where user_id = :id order by role").param("id", userId)
			.query(String.class).list();
	}
}
