package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightTestWorld;

/**
 * A district grows by invitation: its administrator invites its staff, its coordinator adds an association with its
 * first contact, and an association that already exists is found by its organisation number and reused.
 */
@IntegrationTest
@Transactional
class InvitationsTests {

	@Autowired
	Invitations invitations;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorAddsANewAssociationAndItsFirstContactIsInvitedByMail() {
		var added = invitations.addPartner(new Invitations.NewPartner("Hägerstensåsens IF", "802479-1124",
				OrganisationKind.ASSOCIATION, "Ada Kontakt", "ada.kontakt@exempel.se"), world.coordinator());

		assertThat(added.reused()).isFalse();
		assertThat(jdbc.sql("select kind from organisation where organisation_number = '802479-1124'")
			.query(String.class).single()).isEqualTo("ASSOCIATION");
		assertThat(jdbc.sql("""
				select r.role from user_account u join user_role r on r.user_id = u.id
				where u.email = 'ada.kontakt@exempel.se' and u.organisation_id = :org""").param("org", added.id())
			.query(String.class).list()).containsExactly("ASSOCIATION_CONTACT");
		assertThat(mailsTo("ada.kontakt@exempel.se")).isOne();
	}

	@Test
	void anAssociationThatAlreadyExistsIsFoundByItsNumberAndNeverMadeTwice() {
		long before = organisations();

		var reused = invitations.addPartner(new Invitations.NewPartner("Älvsjö Allmänna IK", "802014-8378",
				OrganisationKind.ASSOCIATION, "Ny Kontakt", "ny.kontakt.aik@exempel.se"), world.coordinator());

		assertThat(reused.reused()).isTrue();
		assertThat(reused.id()).isEqualTo(NightTestWorld.AIK);
		assertThat(reused.name()).as("the name it has, not the one typed").isEqualTo("Älvsjö AIK");
		assertThat(organisations()).isEqualTo(before);
		assertThat(mailsTo("ny.kontakt.aik@exempel.se")).isOne();
	}

	@Test
	void aWrongNumberOrAMissingContactIsRefusedFieldByFieldAndNothingIsMade() {
		long before = organisations();

		assertThatThrownBy(() -> invitations.addPartner(new Invitations.NewPartner("Förening", "802479-1125",
				OrganisationKind.ASSOCIATION, null, "inte-en-adress"), world.coordinator()))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
				.extracting(v -> v.field()).containsExactlyInAnyOrder("organisationNumber", "contactName",
						"contactEmail"));
		assertThat(organisations()).isEqualTo(before);
		assertThatThrownBy(() -> invitations.addPartner(new Invitations.NewPartner("X", "802479-1124",
				OrganisationKind.ASSOCIATION, "A", "a@exempel.se"), world.contactOf(NightTestWorld.AIK)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theAdministratorInvitesTheDistrictsStaffAndNobodyElseDoes() {
		CurrentUser admin = jdbc.sql("select id, display_name, organisation_id from user_account where username = 'admin'")
			.query((rs, row) -> new CurrentUser(rs.getLong(1), "admin", rs.getString(2), rs.getLong(3),
					OrganisationKind.DISTRICT_ADMINISTRATION, Set.of(Role.ADMIN)))
			.single();

		CurrentUser invited = invitations.inviteStaff(new Invitations.StaffInvitation("Fia Fältare",
				"fia.faltare@exempel.se", Role.FIELD_ASSISTANT), admin);

		assertThat(invited.organisationId()).isEqualTo(admin.organisationId());
		assertThat(invited.has(Role.FIELD_ASSISTANT)).isTrue();
		assertThat(mailsTo("fia.faltare@exempel.se")).isOne();
		assertThatThrownBy(() -> invitations.inviteStaff(new Invitations.StaffInvitation("Fia", "fia2@exempel.se",
				Role.WALKER), admin)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> invitations.inviteStaff(new Invitations.StaffInvitation("Fia", "fia3@exempel.se",
				Role.ATTESTER), world.coordinator())).isInstanceOf(AccessDeniedException.class);
	}

	private long organisations() {
		return jdbc.sql("select count(*) from organisation").query(Long.class).single();
	}

	private long mailsTo(String address) {
		return jdbc.sql("select count(*) from mail_message where recipient = :to").param("to", address)
			.query(Long.class).single();
	}
}
