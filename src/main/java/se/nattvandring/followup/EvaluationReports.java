package se.nattvandring.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;

/** Everything the board's evaluation report carries, gathered once for the report page and for its PDF. */
@Service
@Transactional(readOnly = true)
class EvaluationReports {

	record Report(Statistics s, List<PeriodRecords.Comment> comments, PeriodRecords.@Nullable Assessment assessment,
			List<PeriodRecords.Decision> decisions, List<DialogueMeeting> meetings) {
	}

	private final FollowUp followUp;

	private final PeriodRecords records;

	private final DialogueMeetings meetings;

	EvaluationReports(FollowUp followUp, PeriodRecords records, DialogueMeetings meetings) {
		this.followUp = followUp;
		this.records = records;
		this.meetings = meetings;
	}

	Report report(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to, CurrentUser user) {
		Statistics s = followUp.statistics(agreementId, from, to, user);
		return new Report(s, records.comments(agreementId, s.from(), s.to(), s.associationId()),
				records.assessment(agreementId, s.from(), s.to()).orElse(null), records.decisions(agreementId),
				meetings.heldIn(agreementId, s.from(), s.to(), user));
	}
}
