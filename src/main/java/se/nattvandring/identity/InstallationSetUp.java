package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.TextChecks;

/**
 * The installation's first administrator and first district, made once through the set-up link. The administrator
 * may also be the district's coordinator, so that a small district can start at once.
 */
@Service
public class InstallationSetUp {

	/** What the set-up form asks. */
	public record SetUp(@Nullable String districtName, @Nullable String organisationNumber,
			@Nullable String displayName, @Nullable String email, @Nullable String username,
			@Nullable String password, @Nullable Boolean alsoCoordinator) {

		public boolean isAlsoCoordinator() {
			return Boolean.TRUE.equals(alsoCoordinator);
		}
	}

	private final FirstRun firstRun;

	private final Organisations organisations;

	private final Accounts accounts;

	InstallationSetUp(FirstRun firstRun, Organisations organisations, Accounts accounts) {
		this.firstRun = firstRun;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/**
	 * @throws NotFoundException when the link is unknown, used, expired, or the set-up is done
	 * @throws InvalidInputException with every problem of the form, each at its field; the link stays usable
	 */
	@Transactional
	public CurrentUser complete(String token, SetUp setUp) {
		if (!firstRun.isOpen(token)) {
			throw new NotFoundException("setup", 0);
		}
		List<FieldViolation> problems = problems(setUp);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!firstRun.use(token)) {
			throw new NotFoundException("setup", 0);
		}
		Organisation district = organisations.register(new Organisation(null, setUp.districtName().strip(),
				OrganisationKind.DISTRICT_ADMINISTRATION, blank(setUp.organisationNumber()), null));
		Set<Role> roles = Districts.firstAdministrator(setUp.isAlsoCoordinator());
		CurrentUser admin = accounts.create(setUp.username().strip(), setUp.displayName().strip(), setUp.password(),
				district, roles);
		accounts.updateContact(admin.userId(), admin.displayName(), setUp.email().strip());
		return admin;
	}

	static List<FieldViolation> problems(SetUp setUp) {
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("districtName", setUp.districtName(), true, 200).ifPresent(problems::add);
		String number = blank(setUp.organisationNumber());
		if (number != null && !SwedishNumbers.isValidOrganisationNumber(number)) {
			problems.add(new FieldViolation("organisationNumber", "invoicing.error.organisationNumber"));
		}
		problems.addAll(Invitations.person("displayName", setUp.displayName(), "email", setUp.email()));
		if (TextChecks.problem("username", setUp.username(), true, 50).map(problems::add).isEmpty()
				&& !setUp.username().strip().matches("[a-z0-9][a-z0-9._-]{1,49}")) {
			problems.add(new FieldViolation("username", "setup.error.username"));
		}
		PasswordPolicy.problem(setUp.password(), java.util.Arrays.asList(setUp.username(), setUp.displayName(),
				setUp.email(), setUp.districtName())).ifPresent(key -> problems
			.add(new FieldViolation("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
		return problems;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
