package se.nattvandring.notification;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.JobLock;
import se.nattvandring.shared.Mailbox;
import se.nattvandring.shared.OutgoingMail;
import se.nattvandring.shared.SwedishFormats;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;
import se.nattvandring.walk.TonightOverview;
import se.nattvandring.walk.WalkView;

/**
 * A walk still not checked out an hour (configurable) after its planned end may mean a team in trouble, or only a
 * forgotten check-out: the team leader and the association's contacts are told once, by e-mail, and the app shows it.
 */
@Component
public class OverdueAlerts {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final TonightOverview overview;

	private final Walkers walkers;

	private final Accounts accounts;

	private final Mailbox mailbox;

	private final MessageSource messages;

	private final SwedishFormats formats;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	OverdueAlerts(TonightOverview overview, Walkers walkers, Accounts accounts, Mailbox mailbox, MessageSource messages,
			SwedishFormats formats, JobLock lock, TransactionTemplate transactions,
			@Value("${nattvandring.base-url}") String baseUrl) {
		this.overview = overview;
		this.walkers = walkers;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.messages = messages;
		this.formats = formats;
		this.lock = lock;
		this.transactions = transactions;
		this.baseUrl = baseUrl;
	}

	/** @return how many walks were alerted about in this run */
	public int run() {
		int[] alerted = { 0 };
		Locale before = LocaleContextHolder.getLocale();
		try {
			LocaleContextHolder.setLocale(SWEDISH);
			lock.runExclusively("overdue-alerts", Duration.ofMinutes(5), () -> {
				List<WalkView> overdue = overview.overdueUnalerted();
				Map<Long, WalkerView> leaders = walkers.byIds(overdue.stream().map(WalkView::teamLeaderId)
					.filter(java.util.Objects::nonNull).toList()).stream()
					.collect(Collectors.toMap(WalkerView::id, Function.identity()));
				for (WalkView walk : overdue) {
					transactions.executeWithoutResult(status -> alert(walk, leaders.get(walk.teamLeaderId())));
					alerted[0]++;
				}
			});
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
		return alerted[0];
	}

	private void alert(WalkView walk, @org.jspecify.annotations.Nullable WalkerView leader) {
		Object[] args = { walk.associationName(), formats.date(walk.date()), formats.time(walk.end()),
				baseUrl + "/walks/" + walk.id() + "/night" };
		String subject = messages.getMessage("mail.overdue.subject", args, SWEDISH);
		String body = messages.getMessage("mail.overdue.body", args, SWEDISH);
		if (leader != null && leader.email() != null) {
			mailbox.send(new OutgoingMail("overdue:" + walk.id() + ":walker:" + leader.id(), leader.email(), subject,
					body, leader.id(), false));
		}
		for (Accounts.Reachable contact : accounts.reachable(walk.associationId(), Role.ASSOCIATION_CONTACT)) {
			mailbox.send(new OutgoingMail("overdue:" + walk.id() + ":user:" + contact.userId(), contact.email(),
					subject, body, null, false));
		}
		overview.alerted(walk.id());
	}
}
