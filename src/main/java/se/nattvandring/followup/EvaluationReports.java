package se.nattvandring.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.StockholmTime;

/** Everything the board's evaluation report carries, gathered once for the report page and for its PDF. */
@Service
@Transactional(readOnly = true)
class EvaluationReports {

	/** @param madeOn the day the report was drawn, which a tjänsteutlåtande cites it by */
	record Report(Statistics s, List<PeriodRecords.PeriodComment> comments, PeriodRecords.@Nullable Assessment assessment,
			List<PeriodRecords.BoardDecision> decisions, List<DialogueMeeting> meetings, LocalDate madeOn) {
	}

	private final FollowUp followUp;

	private final PeriodRecords records;

	private final DialogueMeetings meetings;

	private final Clock clock;

	EvaluationReports(FollowUp followUp, PeriodRecords records, DialogueMeetings meetings, Clock clock) {
		this.followUp = followUp;
		this.records = records;
		this.meetings = meetings;
		this.clock = clock;
	}

	Report report(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser user) {
		Statistics s = followUp.statistics(agreementId, from, to, user);
		return new Report(s, records.comments(agreementId, s.from(), s.to(), s.associationId()),
				records.assessment(agreementId, s.from(), s.to()).orElse(null), records.decisions(agreementId),
				meetings.heldIn(agreementId, s.from(), s.to(), user), StockholmTime.today(clock));
	}
}
