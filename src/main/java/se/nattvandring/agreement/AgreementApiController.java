package se.nattvandring.agreement;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.Page;

/**
 * IOP agreements over JSON. Lists are paged with {@code ?page=}; the body is the page's agreements and the headers say
 * where the others are.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "IOP agreements and their rules as data")
class AgreementApiController {

	private final Agreements agreements;

	AgreementApiController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	@Operation(summary = "The agreements the caller's organisation is party to, newest first")
	Page<AgreementDocument> list(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		return agreements.visibleTo(user, page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agreement, if the caller's organisation is party to it")
	AgreementDocument get(@PathVariable long id, CurrentUser user) {
		return agreements.document(id, user);
	}

	@PostMapping
	@Operation(summary = "Create an agreement (district coordinator of the principal)")
	ResponseEntity<AgreementDocument> create(@RequestBody AgreementTerms terms, CurrentUser user) {
		long id = agreements.create(terms, user).requiredId();
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id)).body(agreements.document(id, user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an agreement's terms (district coordinator of the principal)")
	AgreementDocument update(@PathVariable long id, @RequestBody AgreementTerms terms, CurrentUser user) {
		agreements.revise(id, terms, user);
		return agreements.document(id, user);
	}
}
