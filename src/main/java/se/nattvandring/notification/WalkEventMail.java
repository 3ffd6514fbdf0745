package se.nattvandring.notification;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.SwedishFormats;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.WalkEvents.ReportSubmitted;
import se.nattvandring.walk.WalkEvents.WalkReturned;
import se.nattvandring.walk.WalkEvents.WalkOverdue;
import se.nattvandring.walk.WalkEvents.WalkScheduled;

/**
 * Mail that follows the walk module's events, each through the event publication registry: a reaction that fails
 * stays incomplete and is sent again at the next start. Every mail has a dedupe key, so a republished event mails
 * nobody twice. Nothing here writes to the walk module's tables.
 */
@Component
class WalkEventMail {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Walkers walkers;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Agreements agreements;

	private final Mailbox mailbox;

	private final MessageSource messages;

	private final SwedishFormats formats;

	private final String baseUrl;

	WalkEventMail(Walkers walkers, Accounts accounts, Organisations organisations, Agreements agreements,
			Mailbox mailbox, MessageSource messages, SwedishFormats formats,
			@Value("${nattvandring.base-url}") String baseUrl) {
		this.walkers = walkers;
		this.accounts = accounts;
		this.organisations = organisations;
		this.agreements = agreements;
		this.mailbox = mailbox;
		this.messages = messages;
		this.formats = formats;
		this.baseUrl = baseUrl;
	}

	/** The leader appointed when a walk is planned hears of it: once for a series, not once a walk. */
	@ApplicationModuleListener
	void on(WalkScheduled scheduled) {
		WalkerView leader = walker(scheduled.teamLeaderId());
		if (leader == null || leader.email() == null) {
			return;
		}
		boolean series = !scheduled.seriesId().isEmpty();
		Object[] args = { leader.displayName(), association(scheduled.associationId()),
				formats.date(scheduled.date()), formats.time(scheduled.startsAt().atZone(StockholmTime.ZONE)
					.toLocalTime()), baseUrl + "/walks/" + scheduled.walkId() };
		String kind = series ? "mail.leader.series" : "mail.leader.walk";
		String key = "leader:" + (series ? "series:" + scheduled.seriesId() : "walk:" + scheduled.walkId()) + ":"
				+ leader.id();
		mailbox.send(new OutgoingMail(key, leader.email(), messages.getMessage(kind + ".subject", args, SWEDISH),
				messages.getMessage(kind + ".body", args, SWEDISH), leader.id(), false));
	}

	/** The team leader and the association's contacts, once: a team in trouble, or a forgotten check-out. */
	@ApplicationModuleListener
	void on(WalkOverdue overdue) {
		Object[] args = { association(overdue.associationId()), formats.date(overdue.date()),
				formats.time(overdue.end()), baseUrl + "/walks/" + overdue.walkId() + "/night" };
		String subject = messages.getMessage("mail.overdue.subject", args, SWEDISH);
		String body = messages.getMessage("mail.overdue.body", args, SWEDISH);
		WalkerView leader = walker(overdue.teamLeaderId());
		if (leader != null && leader.email() != null) {
			mailbox.send(new OutgoingMail("overdue:" + overdue.walkId() + ":walker:" + leader.id(), leader.email(),
					subject, body, leader.id(), false));
		}
		for (Accounts.Reachable contact : accounts.reachable(overdue.associationId(), Role.ASSOCIATION_CONTACT)) {
			mailbox.send(new OutgoingMail("overdue:" + overdue.walkId() + ":user:" + contact.userId(),
					contact.email(), subject, body, null, false));
		}
	}

	/** The paying district's coordinators: a report waits for their decision. */
	@ApplicationModuleListener
	void on(ReportSubmitted submitted) {
		Long principal = agreements.principalOf(submitted.agreementId()).orElse(null);
		if (principal == null) {
			return;
		}
		for (Accounts.Reachable coordinator : accounts.reachable(principal, Role.DISTRICT_COORDINATOR)) {
			Locale locale = Locale.forLanguageTag(coordinator.preferredLanguage() == null ? "sv"
					: coordinator.preferredLanguage());
			Object[] args = { coordinator.displayName(), association(submitted.associationId()),
					formats.dateTime(submitted.at()), baseUrl + "/walks/" + submitted.walkId() };
			mailbox.send(new OutgoingMail("reported:" + submitted.walkId() + ":user:" + coordinator.userId(),
					coordinator.email(), messages.getMessage("mail.reported.subject", args, locale),
					messages.getMessage("mail.reported.body", args, locale), null, false));
		}
	}

	/** The association's contacts: the district returned a report, and the reason waits on the decision page. */
	@ApplicationModuleListener
	void on(WalkReturned returned) {
		for (Accounts.Reachable contact : accounts.reachable(returned.associationId(), Role.ASSOCIATION_CONTACT)) {
			Locale locale = Locale.forLanguageTag(contact.preferredLanguage() == null ? "sv"
					: contact.preferredLanguage());
			Object[] args = { contact.displayName(), formats.dateTime(returned.at()),
					baseUrl + "/decisions/walks/" + returned.walkId() };
			mailbox.send(new OutgoingMail("returned:" + returned.walkId() + ":" + returned.at().toEpochMilli()
					+ ":user:" + contact.userId(), contact.email(),
					messages.getMessage("mail.returned.subject", args, locale),
					messages.getMessage("mail.returned.body", args, locale), null, false));
		}
	}

	private @Nullable WalkerView walker(@Nullable Long walkerId) {
		if (walkerId == null) {
			return null;
		}
		List<WalkerView> found = walkers.byIds(List.of(walkerId));
		return found.isEmpty() ? null : found.get(0);
	}

	private String association(long organisationId) {
		return organisations.byId(organisationId).map(Organisation::name).orElse("");
	}
}
