package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.TextChecks;

/**
 * The installation's districts, as its administrator sees them: a name and how many people each has, never what a
 * district does. A new district gets its first administrator by e-mail, who then invites the district's own staff.
 */
@Service
public class Districts {

	/** What the installation administrator asks for a new district. */
	public record NewDistrict(@Nullable String name, @Nullable String organisationNumber, @Nullable String adminName,
			@Nullable String adminEmail) {
	}

	/** A district as the installation's administrator sees it. */
	public record DistrictView(long id, String name, @Nullable String organisationNumber, long people) {
	}

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final OrganisationRepository repository;

	private final Accounts accounts;

	private final SignInLinks signInLinks;

	Districts(JdbcClient jdbc, Organisations organisations, OrganisationRepository repository, Accounts accounts,
			SignInLinks signInLinks) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.repository = repository;
		this.accounts = accounts;
		this.signInLinks = signInLinks;
	}

	public List<DistrictView> all(CurrentUser user) {
		requireInstallationAdmin(user);
		return jdbc.sql("""
				select o.id, o.name, o.organisation_number,
				       (select count(*) from user_account u where u.organisation_id = o.id and u.enabled) as people
				from organisation o where o.kind = 'DISTRICT_ADMINISTRATION' order by o.name, o.id
				""").query((rs, i) -> new DistrictView(rs.getLong("id"), rs.getString("name"),
						rs.getString("organisation_number"), rs.getLong("people")))
			.list();
	}

	/** Registers a district and invites its first administrator, who manages the district from then on. */
	@Transactional
	public DistrictView create(NewDistrict district, CurrentUser user) {
		requireInstallationAdmin(user);
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("name", district.name(), true, 200).ifPresent(problems::add);
		String number = district.organisationNumber() == null || district.organisationNumber().isBlank() ? null
				: district.organisationNumber().strip();
		if (number != null && !SwedishNumbers.isValidOrganisationNumber(number)) {
			problems.add(new FieldViolation("organisationNumber", "invoicing.error.organisationNumber"));
		}
		problems.addAll(Invitations.person("adminName", district.adminName(), "adminEmail", district.adminEmail()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (organisations.byName(district.name().strip()).isPresent()
				|| number != null && repository.findByOrganisationNumber(number).isPresent()) {
			throw new RuleViolationException("district.error.exists");
		}
		Organisation created = organisations.register(new Organisation(null, district.name().strip(),
				OrganisationKind.DISTRICT_ADMINISTRATION, number, null));
		CurrentUser admin = accounts.invite(district.adminName().strip(), district.adminEmail().strip(),
				created.requiredId(), Role.ADMIN);
		signInLinks.invite(admin.userId(), created.name());
		return new DistrictView(created.requiredId(), created.name(), number, 1);
	}

	static void requireInstallationAdmin(CurrentUser user) {
		if (!user.has(Role.INSTALLATION_ADMIN)) {
			throw new AccessDeniedException("The installation's administrator manages its districts");
		}
	}

	/** The roles the set-up gives the installation's first person. */
	static EnumSet<Role> firstAdministrator(boolean alsoCoordinator) {
		EnumSet<Role> roles = EnumSet.of(Role.INSTALLATION_ADMIN, Role.ADMIN);
		if (alsoCoordinator) {
			roles.add(Role.DISTRICT_COORDINATOR);
		}
		return roles;
	}
}
