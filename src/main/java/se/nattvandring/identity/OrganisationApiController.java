package se.nattvandring.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;

/** The organisations the caller may know of, and the caller themself: the ids every other call is made with. */
@RestController
@Tag(name = "Organisations", description = "Districts, associations and the foundation the caller works with, and their invoicing details")
class OrganisationApiController {

	static final int PAGE_SIZE = 50;

	record OrganisationSummary(long id, String name, OrganisationKind kind, @Nullable String organisationNumber) {

		static OrganisationSummary of(Organisation organisation) {
			return new OrganisationSummary(organisation.requiredId(), organisation.name(), organisation.kind(),
					organisation.organisationNumber());
		}
	}

	record Me(long userId, String username, String displayName, OrganisationSummary organisation, List<Role> roles) {
	}

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "The organisations the caller may know of: a district's people see the district and its "
			+ "partners, anyone else their own organisation and the districts it works with")
	Page<OrganisationSummary> list(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return Page.of(organisations.visibleTo(user).stream().map(OrganisationSummary::of).toList(), page, PAGE_SIZE);
	}

	@GetMapping("/api/v1/organisations/{id}")
	@Operation(summary = "One organisation the caller may know of")
	OrganisationSummary get(@PathVariable long id, CurrentUser user) {
		return organisations.visibleTo(user).stream().filter(organisation -> organisation.requiredId() == id)
			.findFirst().map(OrganisationSummary::of).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: who they are, their organisation and their roles")
	Me me(CurrentUser user) {
		Organisation own = organisations.byId(user.organisationId())
			.orElseThrow(() -> new NotFoundException("organisation", user.organisationId()));
		return new Me(user.userId(), user.username(), user.displayName(), OrganisationSummary.of(own),
				user.roles().stream().sorted().toList());
	}
}
