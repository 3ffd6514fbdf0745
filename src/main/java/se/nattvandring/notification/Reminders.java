package se.nattvandring.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.JobLock;
import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;
import se.nattvandring.shared.SwedishFormats;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;

/**
 * Reminds signed-up walkers before their walk, and warns an association's contacts about under-staffed walks a few
 * days ahead. Each mail has a dedupe key, so however often and on however many instances the job runs, each person
 * gets each reminder once.
 */
@Component
public class Reminders {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Walks walks;

	private final Walkers walkers;

	private final Accounts accounts;

	private final Mailbox mailbox;

	private final MessageSource messages;

	private final SwedishFormats formats;

	private final JobLock lock;

	private final Clock clock;

	private final Duration walkerBefore;

	private final Duration understaffedBefore;

	private final String baseUrl;

	Reminders(Walks walks, Walkers walkers, Accounts accounts, Mailbox mailbox, MessageSource messages,
			SwedishFormats formats, JobLock lock, Clock clock,
			@Value("${nattvandring.reminders.walker-before:PT24H}") Duration walkerBefore,
			@Value("${nattvandring.reminders.understaffed-days:3}") int understaffedDays,
			@Value("${nattvandring.base-url}") String baseUrl) {
		this.walks = walks;
		this.walkers = walkers;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.messages = messages;
		this.formats = formats;
		this.lock = lock;
		this.clock = clock;
		this.walkerBefore = walkerBefore;
		this.understaffedBefore = Duration.ofDays(understaffedDays);
		this.baseUrl = baseUrl;
	}

	/** @return how many mails this run sent (0 if another instance holds the job) */
	public int run() {
		int[] sent = { 0 };
		Locale before = LocaleContextHolder.getLocale();
		try {
			lock.runExclusively("reminders", Duration.ofMinutes(10), () -> {
				Instant now = clock.instant();
				sent[0] += remindWalkers(now);
				sent[0] += warnContacts(now);
			});
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
		return sent[0];
	}

	private int remindWalkers(Instant now) {
		List<WalkView> soon = walks.plannedStarting(now, now.plus(walkerBefore));
		List<Long> ids = soon.stream().flatMap(w -> w.team().stream().map(WalkView.Member::walkerId)).distinct()
			.toList();
		Map<Long, WalkerView> team = walkers.byIds(ids).stream()
			.collect(Collectors.toMap(WalkerView::id, Function.identity()));
		int sent = 0;
		for (WalkView walk : soon) {
			for (WalkView.Member member : walk.team()) {
				WalkerView walker = team.get(member.walkerId());
				if (walker == null || walker.email() == null) {
					continue;
				}
				LocaleContextHolder.setLocale(SWEDISH);
				Object[] args = { walker.displayName(), formats.date(walk.date()), formats.time(walk.start()),
						formats.time(walk.end()), walk.meetingPoint(), link(walk) };
				if (mailbox.send(new OutgoingMail("walk-reminder:" + walk.id() + ":" + walker.id(),
						walker.email(), messages.getMessage("mail.reminder.subject", args, SWEDISH),
						messages.getMessage("mail.reminder.body", args, SWEDISH), walker.id(), false))) {
					sent++;
				}
			}
		}
		return sent;
	}

	private int warnContacts(Instant now) {
		int sent = 0;
		for (WalkView walk : walks.plannedStarting(now, now.plus(understaffedBefore))) {
			if (!walk.understaffed()) {
				continue;
			}
			for (Accounts.Reachable contact : accounts.reachable(walk.associationId(), Role.ASSOCIATION_CONTACT)) {
				Locale locale = Locale.forLanguageTag(
						contact.preferredLanguage() == null ? "sv" : contact.preferredLanguage());
				LocaleContextHolder.setLocale(locale);
				Object[] args = { contact.displayName(), formats.date(walk.date()), formats.time(walk.start()),
						walk.teamSize(), walk.minTeam(), link(walk) };
				if (mailbox.send(new OutgoingMail("understaffed:" + walk.id() + ":" + contact.userId(),
						contact.email(), messages.getMessage("mail.understaffed.subject", args, locale),
						messages.getMessage("mail.understaffed.body", args, locale), null, false))) {
					sent++;
				}
			}
		}
		return sent;
	}

	private String link(WalkView walk) {
		return baseUrl + "/walks/" + walk.id();
	}
}
