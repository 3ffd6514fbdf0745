package se.nattvandring.volunteer;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.volunteer.RegisterExtracts.RegisterExtract;

/** “My data”: the walker's own register extract on screen, as JSON and as PDF; the contact fetches it for them. */
@Controller
class RegisterExtractController {

	private final RegisterExtracts extracts;

	private final Walkers walkers;

	RegisterExtractController(RegisterExtracts extracts, Walkers walkers) {
		this.extracts = extracts;
		this.walkers = walkers;
	}

	@GetMapping("/me/data")
	String mine(CurrentUser user, Model model) {
		long walkerId = ownId(user);
		model.addAttribute("extract", extracts.extract(walkerId, user));
		model.addAttribute("record", walkers.record(walkerId, user));
		return "volunteer/my-data";
	}

	@GetMapping(value = "/me/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegisterExtract> mineAsJson(CurrentUser user) {
		return json(extracts.extract(ownId(user), user));
	}

	@GetMapping("/me/data.pdf")
	ResponseEntity<byte[]> mineAsPdf(CurrentUser user, Locale locale) {
		return pdf(extracts.extract(ownId(user), user), locale);
	}

	@GetMapping(value = "/walkers/{id}/extract.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegisterExtract> asJson(@PathVariable long id, CurrentUser user) {
		return json(extracts.extract(id, user));
	}

	@GetMapping("/walkers/{id}/extract.pdf")
	ResponseEntity<byte[]> asPdf(@PathVariable long id, CurrentUser user, Locale locale) {
		return pdf(extracts.extract(id, user), locale);
	}

	private long ownId(CurrentUser user) {
		return walkers.self(user).map(Walker::requiredId).orElseThrow(() -> new NotFoundException("walker", "me"));
	}

	private static ResponseEntity<RegisterExtract> json(RegisterExtract extract) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(extract, "json"))
			.contentType(MediaType.APPLICATION_JSON).body(extract);
	}

	private ResponseEntity<byte[]> pdf(RegisterExtract extract, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(extract, "pdf"))
			.contentType(MediaType.APPLICATION_PDF).body(extracts.pdf(extract, locale));
	}

	private static String attachment(RegisterExtract extract, String suffix) {
		return ContentDisposition.attachment().filename("registerutdrag-" + extract.walkerId() + "." + suffix).build()
			.toString();
	}
}
