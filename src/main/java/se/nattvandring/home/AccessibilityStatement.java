package se.nattvandring.home;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;

/**
 * What Digg's model statement asks to be named: the responsible body, a real feedback address and the dates of the
 * assessment and of the last update. The body and the address come from the installation itself unless configured.
 */
@Component
class AccessibilityStatement {

	record Facts(String responsible, String feedbackEmail, LocalDate assessedOn, LocalDate updatedOn) {
	}

	private final Organisations organisations;

	private final Accounts accounts;

	private final String responsible;

	private final String feedbackEmail;

	private final LocalDate assessedOn;

	private final LocalDate updatedOn;

	AccessibilityStatement(Organisations organisations, Accounts accounts,
			@Value("${nattvandring.accessibility.responsible:}") String responsible,
			@Value("${nattvandring.accessibility.feedback-email:}") String feedbackEmail,
			@Value("${nattvandring.accessibility.assessed-on}") LocalDate assessedOn,
			@Value("${nattvandring.accessibility.updated-on}") LocalDate updatedOn) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.responsible = responsible;
		this.feedbackEmail = feedbackEmail;
		this.assessedOn = assessedOn;
		this.updatedOn = updatedOn;
	}

	Facts facts() {
		var districts = organisations.districts();
		String body = !responsible.isBlank() ? responsible
				: districts.stream().map(Organisation::name).collect(Collectors.joining(", "));
		String address = !feedbackEmail.isBlank() ? feedbackEmail
				: districts.stream().flatMap(d -> accounts.reachable(d.requiredId(), Role.ADMIN).stream()).findFirst()
					.map(Accounts.Reachable::email).orElse("");
		return new Facts(body.isBlank() ? "Nattvandring" : body, address, assessedOn, updatedOn);
	}
}
