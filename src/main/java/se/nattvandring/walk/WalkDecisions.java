package se.nattvandring.walk;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.agreement.CriteriaEvaluation;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.NotFoundException;

/**
 * The steps of a reported walk that the district decides, asked by the approval module, and the criteria on the night
 * as recorded. The walk's version guards each step: of two decisions at once on one walk, exactly one is saved.
 */
@Service
@Transactional(readOnly = true)
public class WalkDecisions {

	/** What the district decides on a reported walk, and the status the walk has after it. */
	public enum Step {
		APPROVE(WalkStatus.APPROVED), RETURN(WalkStatus.RETURNED), REJECT(WalkStatus.REJECTED);

		private final WalkStatus outcome;

		Step(WalkStatus outcome) {
			this.outcome = outcome;
		}

		public WalkStatus outcome() {
			return outcome;
		}
	}

	private final WalkRepository repository;

	private final Walks walks;

	private final Agreements agreements;

	private final WalkFactsOfAWalk facts;

	private final Clock clock;

	WalkDecisions(WalkRepository repository, Walks walks, Agreements agreements, WalkFactsOfAWalk facts, Clock clock) {
		this.repository = repository;
		this.walks = walks;
		this.agreements = agreements;
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * The agreement's criteria on the night as recorded: who was checked in, with their age and training on the walk
	 * date, the check-in and check-out, and when the report came; the same evaluation planning warns with.
	 */
	public CriteriaEvaluation criteria(long walkId, CurrentUser user) {
		Walk walk = walks.visible(walkId, user);
		return evaluate(walk, agreements.document(walk.agreementId(), user).criteriaOn(walk.walkDate()));
	}

	/**
	 * The criteria for a decision about to be taken: first whether this user decides on this walk at all, so that a
	 * party who may not decide hears that, and not what is wrong with the decision.
	 */
	public CriteriaEvaluation criteriaForDecision(long walkId, CurrentUser user) {
		Walk walk = walks.visible(walkId, user);
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		requireDecider(agreement, user);
		return evaluate(walk, agreement.criteriaOn(walk.walkDate()));
	}

	/** The same evaluation, for the approval queue that reacts to a submitted report and has no user to ask as. */
	public CriteriaEvaluation criteriaOnSubmission(long walkId) {
		Walk walk = repository.findById(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
		return evaluate(walk, agreements.criteriaOf(walk.agreementId(), walk.walkDate())
			.orElseThrow(() -> new NotFoundException("agreement", walk.agreementId())));
	}

	private CriteriaEvaluation evaluate(Walk walk, CompletionCriteria criteria) {
		return criteria.evaluate(facts.recorded(walk, criteria));
	}

	/** The district's coordinator of the walk's agreement, and no one else, decides. */
	public boolean mayDecide(long agreementId, CurrentUser user) {
		return mayDecide(agreements.document(agreementId, user), user);
	}

	private static boolean mayDecide(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR);
	}

	private static void requireDecider(AgreementDocument agreement, CurrentUser user) {
		if (!mayDecide(agreement, user)) {
			throw new AccessDeniedException("Only the district's coordinator decides on a walk");
		}
	}

	/**
	 * Who reads the decisions and their reasons: the paying district and the walk's own association. Another
	 * association sees the walk's dates and counts, not why the district decided as it did.
	 */
	public void requireMayReadDecisions(long walkId, CurrentUser user) {
		Walk walk = walks.visible(walkId, user);
		if (!mayReadDecisions(walk.agreementId(), walk.associationId(), user)) {
			throw new AccessDeniedException("The decisions are the district's and the walk's association's");
		}
	}

	public boolean mayReadDecisions(long agreementId, long associationId, CurrentUser user) {
		boolean district = user.organisationKind() == se.nattvandring.identity.OrganisationKind.DISTRICT_ADMINISTRATION
				&& agreements.document(agreementId, user).isPrincipal(user.organisationId());
		return district || user.organisationId() == associationId;
	}

	/** @return the walk's status after the step */
	@Transactional
	public WalkStatus take(long walkId, Step step, boolean override, CurrentUser user) {
		Walk walk = walks.visible(walkId, user);
		requireDecider(agreements.document(walk.agreementId(), user), user);
		walk.decide(step, clock.instant(), user.username(), override);
		return repository.save(walk).status();
	}
}
