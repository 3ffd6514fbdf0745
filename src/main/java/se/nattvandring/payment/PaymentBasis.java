package se.nattvandring.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.nattvandring.shared.RuleViolationException;

/**
 * A payment basis for one association and period: its lines and total, and the two people behind it. Its steps are
 * guarded here: only a draft is issued, edited or discarded; only an issued basis is attested, and never by the
 * person who issued it. An issued basis is never edited; a mistake found later is a correction basis.
 */
public record PaymentBasis(long id, int version, long agreementId, long associationId, LocalDate from, LocalDate to,
		@Nullable Long correctsId, @Nullable String reason, BasisStatus status, PaymentMode mode, BigDecimal total,
		String preparedBy, Instant preparedAt, @Nullable String issuedBy, @Nullable Instant issuedAt,
		@Nullable String attestedBy, @Nullable Instant attestedAt, List<Line> lines) {

	/**
	 * What a line's unit is worth, or why it is not paid. A credit line takes back a unit of an earlier basis; an
	 * ALREADY_PAID line is a walk that joins a unit an earlier basis paid, at 0 kr; an INCOMPLETE_BLOCK line holds the
	 * occasions left at the term's end when the agreement says they are worth nothing.
	 */
	public enum LineStatus {
		PAYABLE, OVER_QUOTA, OVER_BUDGET, CREDIT, ALREADY_PAID, INCOMPLETE_BLOCK
	}

	/** One unit: a walk, an evening or a weekend, with the walks it groups and their counts. */
	public record Line(int position, String unitKey, LocalDate date, List<Long> walkIds, int walkers, int minutes,
			LineStatus status, BigDecimal rate, BigDecimal amount, @Nullable Long creditsBasis,
			@Nullable Long paidByBasis) {

		public BigDecimal hours() {
			return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
		}

		/** A unit paid with money by this basis. */
		public boolean paid() {
			return status == LineStatus.PAYABLE;
		}

		/** Whether issuing the basis settles the line's walks: paid, joined to a paid unit, or left over at the end. */
		public boolean settles() {
			return status == LineStatus.PAYABLE || status == LineStatus.ALREADY_PAID
					|| status == LineStatus.INCOMPLETE_BLOCK;
		}
	}

	public PaymentBasis {
		lines = List.copyOf(lines);
	}

	/** The walks this basis settles once issued, whatever each was worth. */
	public List<Long> paidWalkIds() {
		return lines.stream().filter(Line::settles).flatMap(l -> l.walkIds().stream()).toList();
	}

	public long payableUnits() {
		return lines.stream().filter(Line::paid).count();
	}

	public boolean isCorrection() {
		return correctsId != null;
	}

	void requireDraft() {
		if (status != BasisStatus.DRAFT) {
			throw new RuleViolationException("payment.error.issued");
		}
	}

	/** Locks the basis; the service marks its walks paid in the same transaction. */
	PaymentBasis issue(String by, Instant at) {
		if (status != BasisStatus.DRAFT) {
			throw new RuleViolationException("payment.error.alreadyIssued");
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException("payment.error.nothingToPay");
		}
		if (total.signum() == 0) {
			// Nothing to pay: the lines are walks joined to units already paid, or units past a limit.
			throw new RuleViolationException("payment.error.zeroTotal");
		}
		return new PaymentBasis(id, version, agreementId, associationId, from, to, correctsId, reason,
				BasisStatus.ISSUED, mode, total, preparedBy, preparedAt, by, at, null, null, lines);
	}

	/** Beslutsattest: by a person with the attest right, who neither prepared nor issued the basis. */
	PaymentBasis attest(String by, Instant at) {
		if (status == BasisStatus.DRAFT) {
			throw new RuleViolationException("payment.error.notIssued");
		}
		if (status == BasisStatus.ATTESTED) {
			throw new RuleViolationException("payment.error.alreadyAttested");
		}
		if (by.equals(issuedBy) || by.equals(preparedBy)) {
			throw new RuleViolationException("payment.error.ownBasis");
		}
		return new PaymentBasis(id, version, agreementId, associationId, from, to, correctsId, reason,
				BasisStatus.ATTESTED, mode, total, preparedBy, preparedAt, issuedBy, issuedAt, by, at, lines);
	}
}
