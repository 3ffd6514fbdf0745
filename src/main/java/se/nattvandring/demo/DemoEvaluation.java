package se.nattvandring.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.nattvandring.followup.DialogueMeeting;
import se.nattvandring.followup.DialogueMeetings;
import se.nattvandring.followup.PeriodRecords;
import se.nattvandring.identity.CurrentUser;

/**
 * The seed autumn's evaluation as the parties wrote it: each association's own comments, the coordinator's assessment
 * that led to the extension through 2025, and the dialogue meeting in November.
 */
@Component
class DemoEvaluation {

	static final LocalDate AUTUMN_FROM = LocalDate.of(2024, 9, 1);

	static final LocalDate AUTUMN_TO = LocalDate.of(2024, 12, 31);

	private final PeriodRecords records;

	private final DialogueMeetings meetings;

	DemoEvaluation(PeriodRecords records, DialogueMeetings meetings) {
		this.records = records;
		this.meetings = meetings;
	}

	void write(long agreementId, CurrentUser coordinator, CurrentUser aik, CurrentUser folkparken) {
		records.comment(agreementId, AUTUMN_FROM, AUTUMN_TO, new PeriodRecords.CommentDraft(
				"Fredagskvällarna vid Älvsjö station: ungdomarna känner igen oss och kommer fram och pratar.",
				"Det var svårt att få ihop lag till lördagar i november.",
				"Fler utbildade vandrare och varmare jackor till vintern."), aik);
		records.comment(agreementId, AUTUMN_FROM, AUTUMN_TO, new PeriodRecords.CommentDraft(
				"Samarbetet med fältassistenterna kring Solberga centrum.",
				"Rapporterna kom ibland in för sent efter helgerna.",
				"En gemensam samlingsplats med förråd."), folkparken);
		records.assess(agreementId, AUTUMN_FROM, AUTUMN_TO, new PeriodRecords.AssessmentDraft(
				"Vandringarna har genomförts enligt avtalet och nått de överenskomna platserna. Föreningarna och "
						+ "fältassistenterna beskriver en ökad vuxennärvaro. Förvaltningen föreslår att avtalet förlängs.",
				PeriodRecords.Recommendation.EXTEND), coordinator);
		DialogueMeeting meeting = meetings.plan(agreementId, new DialogueMeetings.MeetingDraft(
				LocalDate.of(2024, 11, 14), "Avstämningsmöte hösten 2024",
				"1. Hur hösten gått\n2. Platserna\n3. Rapporteringen efter helger"), coordinator);
		meetings.keepMinutes(meeting.requiredId(),
				"Parterna gick igenom höstens vandringar. Rapporter ska lämnas senast måndag efter helgen.",
				List.of(new DialogueMeetings.MeetingDecisionDraft("Rapporten lämnas senast måndagen efter helgen",
						DialogueMeeting.Changed.NOTHING, null)), coordinator);
	}
}
