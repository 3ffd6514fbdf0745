package se.nattvandring.walk.query;

import se.nattvandring.walk.WalkReaders;
import se.nattvandring.walk.OverdueRule;
import se.nattvandring.walk.ReportDeadline;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;

/** Reads a walk with its night: for the phone, the district's overview and the API. */
@Service
@Transactional(readOnly = true)
public class WalkNightReader {

	/** A walk and its night, as {@code GET /api/v1/walks/{id}} answers. */
	public record WalkDocument(WalkView walk, NightView night) {
	}

	/** The same with the agreement, for pages that also show its terms. */
	public record WalkPage(WalkView walk, NightView night, AgreementDocument agreement) {
	}

	private final Walks walks;

	private final NightQueries queries;

	private final Agreements agreements;

	private final Clock clock;

	private final OverdueRule overdueRule;

	WalkNightReader(Walks walks, NightQueries queries, Agreements agreements, Clock clock, OverdueRule overdueRule) {
		this.walks = walks;
		this.queries = queries;
		this.agreements = agreements;
		this.clock = clock;
		this.overdueRule = overdueRule;
	}

	public WalkDocument document(long walkId, CurrentUser user) {
		WalkView walk = walks.get(walkId, user);
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		return new WalkDocument(walk, night(walk, agreement, user));
	}

	public WalkPage page(long walkId, CurrentUser user) {
		WalkView walk = walks.get(walkId, user);
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		return new WalkPage(walk, night(walk, agreement, user), agreement);
	}

	NightView night(WalkView walk, AgreementDocument agreement, CurrentUser user) {
		NightQueries.Night header = queries.night(walk.id());
		Instant now = clock.instant();
		Instant dueBy = ReportDeadline.of(agreement.criteriaOn(walk.date()), header.checkedOutAt(), walk.endsAt());
		boolean late = header.reportReceivedAt() != null ? !header.reportReceivedAt().isBefore(dueBy)
				: now.isAfter(dueBy) && walk.status() == WalkStatus.COMPLETED;
		boolean overdue = overdueRule.isOverdue(walk.status(), walk.endsAt(), now);
		NightView night = new NightView(header.checkedInAt(), header.checkedOutAt(), header.present(),
				header.visits(), header.observations(), header.youthContacts(), header.report(),
				header.reportSubmittedAt(), header.reportReceivedAt(), dueBy, late, header.registeredAfterwardsAt(),
				header.registeredAfterwardsBy(), overdue);
		if (WalkReaders.seesNames(user, walk.associationId())) {
			return night;
		}
		return night.shownTo(WalkReaders.readsReport(user, walk.associationId()),
				WalkReaders.readsObservationNotes(user, walk.associationId()));
	}
}
