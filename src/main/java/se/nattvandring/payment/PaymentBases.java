package se.nattvandring.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.agreement.PaymentCadence;
import se.nattvandring.agreement.Period;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;
import se.nattvandring.shared.PeriodChecks;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.walk.WalkPayments;

/**
 * Payment bases: the coordinator prepares one per association and period from the approved, unpaid walks, and issues
 * it, which locks it and marks its walks paid; a different person with the attest right attests it. The lines follow
 * {@link BasisLines}, so the quota and the ceiling count every basis already issued.
 */
@Service
@Transactional(readOnly = true)
public class PaymentBases {

	static final int PAGE_SIZE = 25;

	/** A draft asked for: one association of the agreement, one period. */
	public record Draft(@Nullable Long associationId, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	private final BasisStore store;

	private final BasisLines lines;

	private final PaymentLedger ledger;

	private final BasisAssembler assembler;

	private final BasisArchive archive;

	private final Agreements agreements;

	private final PaymentSettings settings;

	private final WalkPayments walks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentBases(BasisStore store, BasisLines lines, PaymentLedger ledger, BasisAssembler assembler,
			BasisArchive archive, Agreements agreements, PaymentSettings settings, WalkPayments walks,
			ApplicationEventPublisher events, Clock clock) {
		this.assembler = assembler;
		this.archive = archive;
		this.ledger = ledger;
		this.store = store;
		this.lines = lines;
		this.agreements = agreements;
		this.settings = settings;
		this.walks = walks;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PaymentBasis prepare(long agreementId, Draft draft, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		requirePreparer(agreement, user);
		List<FieldViolation> problems = new ArrayList<>();
		if (draft.associationId() == null) {
			problems.add(new FieldViolation("associationId", "error.required"));
		}
		else if (!agreement.hasParty(draft.associationId(), PartyRole.ASSOCIATION)) {
			problems.add(new FieldViolation("associationId", "payment.error.notAnAssociation"));
		}
		problems.addAll(PeriodChecks.problems(draft.from(), draft.to()));
		Agreement rules = agreements.get(agreementId, user);
		PaymentCadence cadence = rules.compensation().cadence();
		Period term = new Period(agreement.periodStart(), agreement.effectiveEnd());
		if (problems.isEmpty() && !cadence.isPeriod(draft.from(), draft.to(), term)) {
			Period expected = cadence.periodContaining(draft.from(), term);
			problems.add(new FieldViolation("to", "payment.error.cadence", cadence.label(), expected.start(),
					expected.end()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<PaymentBasis.Line> drawn = lines.draw(rules, draft.associationId(), draft.from(), draft.to()).lines();
		if (drawn.isEmpty()) {
			throw new RuleViolationException("payment.error.nothingToPay");
		}
		Instant now = clock.instant();
		PaymentBasis basis = new PaymentBasis(0, 0, agreementId, draft.associationId(), draft.from(), draft.to(), null,
				null, BasisStatus.DRAFT, settings.of(agreementId).mode(), BasisLines.total(drawn), user.username(), now,
				null, null, null, null, drawn);
		long id = store.insert(basis);
		events.publishEvent(new PaymentEvents.BasisPrepared(id, agreementId, basis.associationId(), basis.total(),
				(int) basis.payableUnits()));
		return get(id, user);
	}

	/** The same, for the period of the agreement's cadence that holds {@code anyDay}, as the page asks it. */
	@Transactional
	public PaymentBasis prepareForPeriodOf(long agreementId, @Nullable Long associationId, @Nullable LocalDate anyDay,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		requirePreparer(agreement, user);
		if (anyDay == null) {
			throw new InvalidInputException("period", "error.required");
		}
		Period period = agreement.compensation().cadence().periodContaining(anyDay,
				new Period(agreement.periodStart(), agreement.effectiveEnd()));
		return prepare(agreementId, new Draft(associationId, period.start(), period.end()), user);
	}

	/** A draft drawn again, as the walks and the issued bases stand now. An issued basis is never edited. */
	@Transactional
	public PaymentBasis refresh(long basisId, CurrentUser user) {
		PaymentBasis basis = get(basisId, user);
		requirePreparer(agreements.document(basis.agreementId(), user), user);
		basis.requireDraft();
		if (basis.isCorrection()) {
			return basis;
		}
		List<PaymentBasis.Line> drawn = redraw(basis, user).lines();
		store.replaceLines(basis, drawn, BasisLines.total(drawn));
		return get(basisId, user);
	}

	/**
	 * Issues the draft: locks it, holds its units in the ledger and marks its walks paid, in one transaction, one
	 * agreement's bases one at a time. A draft that no longer matches the walks and the ledger (another basis paid a
	 * unit, a walk was approved since) is refused, to be refreshed and looked at again.
	 */
	@Transactional
	public PaymentBasis issue(long basisId, CurrentUser user) {
		PaymentBasis basis = get(basisId, user);
		requirePreparer(agreements.document(basis.agreementId(), user), user);
		ledger.lockForIssue(basis.agreementId());
		basis = get(basisId, user);
		PaymentBasis issued = basis.issue(user.username(), clock.instant());
		try {
			if (basis.isCorrection()) {
				// A correction credits units of an issued basis; there is nothing to draw again.
				store.markIssued(issued);
				ledger.credit(issued);
			}
			else {
				BasisLines.Drawing now = redraw(basis, user);
				if (!BasisLines.sameUnits(now.lines(), basis.lines())) {
					throw new RuleViolationException("payment.error.outdated");
				}
				store.markIssued(issued);
				ledger.hold(issued, now.units());
			}
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("payment.error.walkAlreadyPaid");
		}
		walks.markPaid(issued.paidWalkIds(), basisId, user);
		PaymentBasis locked = get(basisId, user);
		archive.freeze(assembler.assemble(locked, user, StockholmTime.today(clock)), clock.instant());
		events.publishEvent(new PaymentEvents.BasisIssued(basisId, basis.agreementId(), basis.associationId(),
				basis.total(), issued.paidWalkIds()));
		return get(basisId, user);
	}

	@Transactional
	public PaymentBasis attest(long basisId, CurrentUser user) {
		PaymentBasis basis = get(basisId, user);
		AgreementDocument agreement = agreements.document(basis.agreementId(), user);
		if (!agreement.actsForPrincipal(user, Role.ATTESTER)) {
			throw new AccessDeniedException("Only the district's attester attests a payment basis");
		}
		store.markAttested(basis.attest(user.username(), clock.instant()));
		archive.attested(get(basisId, user), assembler.name(user.username()), clock.instant());
		events.publishEvent(new PaymentEvents.BasisAttested(basisId, basis.agreementId(), basis.associationId(),
				basis.total()));
		return get(basisId, user);
	}

	@Transactional
	public void discard(long basisId, CurrentUser user) {
		PaymentBasis basis = get(basisId, user);
		requirePreparer(agreements.document(basis.agreementId(), user), user);
		basis.requireDraft();
		store.delete(basis);
		events.publishEvent(new PaymentEvents.BasisDiscarded(basisId, basis.agreementId()));
	}

	/** The district that pays, the association paid, and the administrator read a basis; no one else. */
	public PaymentBasis get(long basisId, CurrentUser user) {
		PaymentBasis basis = store.find(basisId).orElseThrow(() -> new NotFoundException("payment-basis", basisId));
		if (!mayRead(basis.agreementId(), basis.associationId(), user)) {
			throw new NotFoundException("payment-basis", basisId);
		}
		return basis;
	}

	/** The agreement's bases, newest period first: all for the district, its own for an association. */
	public Page<PaymentBasis> ofAgreement(long agreementId, int page, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		Long association = isDistrict(agreement, user) ? null : user.organisationId();
		if (association != null && (!user.has(Role.ASSOCIATION_CONTACT)
				|| !agreement.hasParty(association, PartyRole.ASSOCIATION))) {
			throw new AccessDeniedException("Payment bases are the district's and the associations'");
		}
		int number = Math.max(0, page);
		return new Page<>(store.ofAgreement(agreementId, association, PAGE_SIZE, number * PAGE_SIZE), number,
				PAGE_SIZE, store.countOfAgreement(agreementId, association));
	}

	public boolean mayPrepare(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR);
	}

	public boolean mayAttest(PaymentBasis basis, CurrentUser user) {
		return basis.status() == BasisStatus.ISSUED && !user.username().equals(basis.issuedBy())
				&& !user.username().equals(basis.preparedBy())
				&& agreements.document(basis.agreementId(), user).actsForPrincipal(user, Role.ATTESTER);
	}

	/**
	 * A basis carries the payee's account: the district's coordinator and attester read it, who pay, and the
	 * association's contact, who is paid. The district's administrator manages people, not money (data-per-role.md).
	 */
	boolean mayRead(long agreementId, long associationId, CurrentUser user) {
		if (user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION) {
			return (user.has(Role.DISTRICT_COORDINATOR) || user.has(Role.ATTESTER))
					&& agreements.principalOf(agreementId).filter(p -> p == user.organisationId()).isPresent();
		}
		return user.organisationId() == associationId && user.has(Role.ASSOCIATION_CONTACT);
	}

	private static boolean isDistrict(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR, Role.ATTESTER);
	}

	private BasisLines.Drawing redraw(PaymentBasis basis, CurrentUser user) {
		return lines.draw(agreements.get(basis.agreementId(), user), basis.associationId(), basis.from(), basis.to());
	}

	private void requirePreparer(AgreementDocument agreement, CurrentUser user) {
		if (!mayPrepare(agreement, user)) {
			throw new AccessDeniedException("The district's coordinator prepares and issues payment bases");
		}
	}
}
