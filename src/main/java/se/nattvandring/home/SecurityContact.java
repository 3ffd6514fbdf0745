package se.nattvandring.home;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.nattvandring.identity.Accounts;

/**
 * {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability, in which languages, and the policy.
 * The contact is configured, or else the installation administrator's address; the expiry is always less than a year
 * ahead, as the RFC asks, because the file is written when it is asked for.
 */
@Controller
class SecurityContact {

	private final Accounts accounts;

	private final Clock clock;

	private final String contact;

	private final String baseUrl;

	SecurityContact(Accounts accounts, Clock clock, @Value("${nattvandring.security.contact:}") String contact,
			@Value("${nattvandring.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.clock = clock;
		this.contact = contact;
		this.baseUrl = baseUrl;
	}

	@GetMapping(path = "/.well-known/security.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> securityTxt() {
		String address = !contact.isBlank() ? contact
				: accounts.installationContact().map(email -> "mailto:" + email).orElse(baseUrl + "/SECURITY.md");
		String expires = clock.instant().plus(Duration.ofDays(180)).truncatedTo(ChronoUnit.SECONDS).toString();
		String text = "Contact: " + address + "\n" + "Expires: " + expires + "\n" + "Preferred-Languages: sv, en\n"
				+ "Policy: " + baseUrl + "/SECURITY.md\n" + "Canonical: " + baseUrl + "/.well-known/security.txt\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
	}
}
