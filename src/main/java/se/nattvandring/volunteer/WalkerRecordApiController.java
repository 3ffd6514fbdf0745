package se.nattvandring.volunteer;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;

/** What the walker's page does to the record, for the association's own register. */
@RestController
@Tag(name = "Walkers")
class WalkerRecordApiController {

	record LoanDraft(@Nullable String item, @Nullable LocalDate lentOn) {
	}

	private final Walkers walkers;

	WalkerRecordApiController(Walkers walkers) {
		this.walkers = walkers;
	}

	@PutMapping("/api/v1/walkers/{id}")
	@Operation(summary = "Change a walker's name, phone, e-mail, birth date or the day they were informed")
	WalkerView reviseWalker(@PathVariable long id, @RequestBody WalkerDraft draft, CurrentUser user) {
		walkers.revise(id, draft, user);
		return walkers.get(id, user);
	}

	@PostMapping("/api/v1/walkers/{id}/deactivate")
	@Operation(summary = "The walker stops walking; planned walks lose them and their sign-in ends")
	WalkerView deactivateWalker(@PathVariable long id, CurrentUser user) {
		walkers.deactivate(id, user);
		return walkers.get(id, user);
	}

	@PostMapping("/api/v1/walkers/{id}/reactivate")
	@Operation(summary = "The walker walks again")
	WalkerView reactivateWalker(@PathVariable long id, CurrentUser user) {
		walkers.reactivate(id, user);
		return walkers.get(id, user);
	}

	@PostMapping("/api/v1/walkers/{id}/invite")
	@Operation(summary = "Send the walker a sign-in link by e-mail, so they see their own walks")
	WalkerView inviteWalker(@PathVariable long id, CurrentUser user) {
		walkers.invite(id, user);
		return walkers.get(id, user);
	}

	@PostMapping("/api/v1/walkers/{id}/loans")
	@Operation(summary = "Lend the walker a jacket, a torch or a phone")
	WalkerView lend(@PathVariable long id, @RequestBody LoanDraft loan, CurrentUser user) {
		walkers.lend(id, loan.item(), loan.lentOn(), user);
		return walkers.get(id, user);
	}

	@PostMapping("/api/v1/walkers/{id}/loans/{index}/return")
	@Operation(summary = "The walker gave back what was lent")
	WalkerView giveBack(@PathVariable long id, @PathVariable int index, CurrentUser user) {
		walkers.giveBack(id, index, user);
		return walkers.get(id, user);
	}
}
