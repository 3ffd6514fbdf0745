package se.nattvandring.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;

/**
 * The agreement module's API. Reads answer only with agreements the user's organisation is party to (admins read all);
 * changes are the district coordinator's, on agreements where their administration is the principal.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	private final AgreementRepository repository;

	private final AgreementQueries queries;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final PaidWalks paidWalks;

	private final Clock clock;

	Agreements(AgreementRepository repository, AgreementQueries queries, Organisations organisations,
			ApplicationEventPublisher events, PaidWalks paidWalks, Clock clock) {
		this.paidWalks = paidWalks;
		this.repository = repository;
		this.queries = queries;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	public Page<AgreementDocument> visibleTo(CurrentUser user, int page) {
		return queries.visibleTo(user.organisationId(), null, page);
	}

	public long countVisibleTo(CurrentUser user) {
		return queries.countVisibleTo(user.organisationId());
	}

	/** The user's agreements that have not ended by {@code date}: in force, or yet to start. */
	public Page<AgreementDocument> runningOn(LocalDate date, CurrentUser user) {
		return queries.visibleTo(user.organisationId(), date, 0);
	}

	/**
	 * The organisation that pays under the agreement, for a module reacting to an event, which has no user to ask
	 * as: it says whom to tell, and nothing else of the agreement.
	 */
	public Optional<Long> principalOf(long agreementId) {
		return repository.findById(agreementId).flatMap(agreement -> agreement.parties().stream()
			.filter(p -> p.role() == PartyRole.PRINCIPAL).map(p -> p.organisationId()).findFirst());
	}

	/**
	 * Every organisation party to the agreement, for a module reacting to an event (a webhook owed to each party),
	 * which has no user to ask as: it says whom to tell, and nothing else of the agreement.
	 */
	public List<Long> partiesOf(long agreementId) {
		return repository.findById(agreementId).map(agreement -> agreement.parties().stream()
			.map(p -> p.organisationId()).distinct().toList()).orElse(List.of());
	}

	/**
	 * The agreement's completion criteria, for a module reacting to an event (the approval queue), which has no user
	 * to ask as. The criteria are the rule every party reads; nothing else of the agreement comes with them.
	 */
	public Optional<CompletionCriteria> criteriaOf(long agreementId, LocalDate walkDate) {
		return repository.findById(agreementId).map(agreement -> agreement.criteriaOn(walkDate));
	}

	/** @throws NotFoundException for an agreement that does not exist or that the user is no party to */
	public AgreementDocument document(long id, CurrentUser user) {
		return queries.visibleTo(user.organisationId(), id)
			.orElseThrow(() -> new NotFoundException("agreement", id));
	}

	/**
	 * For modules whose data hangs off an agreement: one statement that says whether the user may see it.
	 * @throws NotFoundException as {@link #document} would
	 */
	public void requireVisible(long id, CurrentUser user) {
		if (!queries.isVisibleTo(user.organisationId(), id)) {
			throw new NotFoundException("agreement", id);
		}
	}

	/** Whether the user's organisation is party to an agreement in which {@code organisationId} has {@code role}. */
	public boolean sharesAgreementWith(CurrentUser user, long organisationId, PartyRole role) {
		return queries.sharesAgreement(user.organisationId(), organisationId, role);
	}

	/** The aggregate, for the modules that apply its rules. Same visibility as {@link #document}. */
	public Agreement get(long id, CurrentUser user) {
		return repository.findById(id)
			.filter(agreement -> agreement.hasParty(user.organisationId()))
			.orElseThrow(() -> new NotFoundException("agreement", id));
	}

	public boolean mayChange(AgreementDocument agreement, CurrentUser user) {
		return agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR);
	}

	/** Every problem with the terms, without saving anything; the form uses it to list all problems at once. */
	public List<FieldViolation> check(AgreementTerms terms, long agreementId, CurrentUser user) {
		Set<Long> ids = terms.partyList().stream().map(AgreementTerms.PartyTerms::organisationId)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		var validator = new AgreementTermsValidator(organisations.byIds(ids),
				caseNumber -> repository.caseNumberTaken(caseNumber, agreementId));
		List<FieldViolation> violations = new java.util.ArrayList<>(validator.validate(terms));
		boolean ownPrincipal = terms.partyList().stream()
			.anyMatch(p -> p.role() == PartyRole.PRINCIPAL && Objects.equals(p.organisationId(), user.organisationId()));
		if (!ownPrincipal) {
			violations.add(new FieldViolation("parties", "agreement.error.party.notOwnPrincipal"));
		}
		Set<Long> partners = organisations.partnersOf(user).stream().map(Organisation::requiredId)
			.collect(Collectors.toSet());
		if (!partners.containsAll(ids)) {
			violations.add(new FieldViolation("parties", "agreement.error.party.notPartner"));
		}
		return violations;
	}

	@Transactional
	public Agreement create(AgreementTerms terms, CurrentUser user) {
		requireCoordinator(user);
		validate(terms, 0L, user);
		Agreement saved = repository.save(Agreement.create(terms, clock.instant()));
		events.publishEvent(saved.creationEvent());
		return saved;
	}

	@Transactional
	public Agreement revise(long id, AgreementTerms terms, CurrentUser user) {
		if (!mayChange(document(id, user), user)) {
			throw new AccessDeniedException("Only the principal's district coordinator changes an agreement");
		}
		Agreement agreement = get(id, user);
		validate(terms, id, user);
		agreement.revise(terms, clock.instant(), paidWalks.lastPaidWalkDate(id).orElse(null));
		return repository.save(agreement);
	}

	/** The principal's coordinator records a decided extension; the agreement's term then runs to its new end. */
	@Transactional
	public AgreementDocument recordExtension(long id, ExtensionDecision decision, CurrentUser user) {
		if (!mayChange(document(id, user), user)) {
			throw new AccessDeniedException("Only the principal's district coordinator records an extension");
		}
		Agreement agreement = get(id, user);
		agreement.extend(decision, clock.instant());
		repository.save(agreement);
		return document(id, user);
	}

	private void validate(AgreementTerms terms, long exceptId, CurrentUser user) {
		List<FieldViolation> violations = check(terms, exceptId, user);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.has(Role.DISTRICT_COORDINATOR)) {
			throw new AccessDeniedException("Only a district coordinator creates agreements");
		}
	}
}
