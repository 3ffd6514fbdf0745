package se.nattvandring.identity;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A district grows over the API as on its pages: its staff invited, its partners added with their first contact. */
@RestController
@Tag(name = "Organisations and people", description = "A district's staff and the organisations it works with")
class InvitationApiController {

	/** The person invited: their account's id, name and role; their address stays in the mail sent to them. */
	record Invited(long userId, String displayName, Role role) {
	}

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/staff")
	@Operation(summary = "Invite a person of the district's own staff by e-mail (the district's administrator)")
	ResponseEntity<Invited> inviteStaff(@RequestBody Invitations.StaffInvitation invitation, CurrentUser admin) {
		CurrentUser invited = invitations.inviteStaff(invitation, admin);
		return ResponseEntity.status(201).body(new Invited(invited.userId(), invited.displayName(), invitation.role()));
	}

	@PostMapping("/api/v1/organisations")
	@Operation(summary = "Add an association or the foundation and invite its first contact; an organisation with "
			+ "the same organisation number is reused (a district's coordinator or administrator)")
	ResponseEntity<Invitations.PartnerView> addPartner(@RequestBody Invitations.NewPartner partner, CurrentUser user) {
		Invitations.PartnerView added = invitations.addPartner(partner, user);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + added.id() + "/invoicing")).body(added);
	}
}
