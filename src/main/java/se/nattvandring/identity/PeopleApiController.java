package se.nattvandring.identity;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.Page;

/** The people of one's own organisation, and the installation's districts, over the API as on the pages. */
@RestController
@Tag(name = "Organisations and people", description = "A district's staff and the organisations it works with")
class PeopleApiController {

	static final int PAGE_SIZE = 50;

	/** The roles a person should have from now on. */
	record RoleChange(@Nullable Set<Role> roles) {
	}

	private final People people;

	private final Districts districts;

	PeopleApiController(People people, Districts districts) {
		this.people = people;
		this.districts = districts;
	}

	@GetMapping("/api/v1/people")
	@Operation(summary = "The people of the caller's own organisation that the caller manages (a district's "
			+ "administrator: its staff; an association's or the foundation's contact: its contacts)")
	Page<People.Person> list(@RequestParam(defaultValue = "0") int page, CurrentUser manager) {
		return Page.of(people.ofOwnOrganisation(manager), page, PAGE_SIZE);
	}

	@PostMapping("/api/v1/people")
	@Operation(summary = "An association's or the foundation's contact invites another contact by e-mail")
	ResponseEntity<InvitationApiController.Invited> invite(@RequestBody Invitations.StaffInvitation invitation,
			CurrentUser contact) {
		CurrentUser invited = people.inviteContact(invitation, contact);
		return ResponseEntity.status(201).body(new InvitationApiController.Invited(invited.userId(),
				invited.displayName(), invited.primaryRole()));
	}

	@PutMapping("/api/v1/people/{id}/roles")
	@Operation(summary = "Give a person of one's own organisation exactly these roles")
	ResponseEntity<Void> changeRoles(@PathVariable long id, @RequestBody RoleChange change, CurrentUser manager) {
		if (change.roles() == null) {
			throw new InvalidInputException("roles", "error.required");
		}
		people.changeRoles(id, change.roles(), manager);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/people/{id}/end-access")
	@Operation(summary = "End a person's access: their sessions, sign-in links and API tokens end with it")
	ResponseEntity<Void> endAccess(@PathVariable long id, CurrentUser manager) {
		people.endAccess(id, manager);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/districts")
	@Operation(summary = "The installation's districts (the installation's administrator)")
	Page<Districts.DistrictView> districts(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return Page.of(districts.all(user), page, PAGE_SIZE);
	}

	@PostMapping("/api/v1/districts")
	@Operation(summary = "Create a district and invite its first administrator by e-mail (the installation's "
			+ "administrator)")
	ResponseEntity<Districts.DistrictView> createDistrict(@RequestBody Districts.NewDistrict district,
			CurrentUser user) {
		Districts.DistrictView created = districts.create(district, user);
		return ResponseEntity.status(201).body(created);
	}
}
