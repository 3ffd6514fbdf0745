package se.nattvandring.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.payment.PaymentBases;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkDecisions.Step;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;

/**
 * The seed season decided and paid, as the district would have done it: most walks approved, a few returned or
 * rejected for the reasons coordinators give, the last month's reports still waiting; then one basis per association
 * and month, issued by the coordinator and attested by the head of department; the latest month's bases stay issued,
 * waiting on the attester's start page.
 */
@Component
class DemoPayments {

	/** Reports from this date on wait for a decision, so the queue has work in it. */
	static final LocalDate WAITING_FROM = LocalDate.of(2025, 12, 1);

	private final Decisions decisions;

	private final WalkDecisions criteria;

	private final PaymentBases bases;

	DemoPayments(Decisions decisions, WalkDecisions criteria, PaymentBases bases) {
		this.decisions = decisions;
		this.criteria = criteria;
		this.bases = bases;
	}

	void decide(List<WalkView> walks, CurrentUser coordinator) {
		int counted = 0;
		for (WalkView walk : walks) {
			if (walk.status() != WalkStatus.REPORTED || !walk.date().isBefore(WAITING_FROM)) {
				continue;
			}
			counted++;
			boolean met = criteria.criteriaForDecision(walk.id(), coordinator).allMet();
			Decision decision;
			if (!met) {
				decision = new Decision(Step.REJECT, "Villkoren i avtalet uppfylldes inte den kvällen.", false);
			}
			else if (counted % 29 == 0) {
				decision = new Decision(Step.RETURN,
						"Rapporten saknar vilka platser ni besökte efter midnatt. Komplettera och skicka in igen.", false);
			}
			else if (counted % 41 == 0) {
				decision = new Decision(Step.REJECT, "Vandringen gick utanför det överenskomna området.", false);
			}
			else {
				decision = new Decision(Step.APPROVE, null, false);
			}
			decisions.decide(walk.id(), decision, coordinator);
		}
	}

	/** One basis per association and month of the season, up to the month whose reports still wait. */
	void pay(Agreement seed, List<Long> associations, CurrentUser coordinator, CurrentUser attester) {
		for (YearMonth month = YearMonth.from(seed.period().start()); month.atDay(1).isBefore(WAITING_FROM);
				month = month.plusMonths(1)) {
			for (long association : associations) {
				try {
					var basis = bases.prepare(seed.requiredId(),
							new PaymentBases.Draft(association, month.atDay(1), month.atEndOfMonth()), coordinator);
					bases.issue(basis.id(), coordinator);
					if (month.plusMonths(1).atDay(1).isBefore(WAITING_FROM)) {
						bases.attest(basis.id(), attester);
					}
				}
				catch (RuleViolationException nothingApprovedThatMonth) {
					// A month with no approved walk has no basis, as in the district's own books.
				}
			}
		}
	}
}
