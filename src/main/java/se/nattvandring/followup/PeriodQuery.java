package se.nattvandring.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.nattvandring.agreement.AgreementDocument;

/**
 * The period a follow-up page, file or answer is about, from the query: {@code ?from=2024-09-01&to=2024-12-31}. Either
 * date may be missing; {@link FollowUp} says what is wrong with the period, a page fills in the agreement's term.
 */
record PeriodQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	/** Without a date, the agreement's term so far: its start, and its end with any extension. */
	PeriodQuery orTermOf(AgreementDocument agreement) {
		return new PeriodQuery(from != null ? from : agreement.periodStart(),
				to != null ? to : agreement.effectiveEnd());
	}

	/** Such as {@code uppfoljning-1-2024-09-01-2024-12-31.csv}: the agreement and the period, for the archive. */
	String fileName(String prefix, long agreementId, String extension) {
		return prefix + "-" + agreementId + "-" + from + "-" + to + "." + extension;
	}
}
