package se.nattvandring.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.Accounts;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Organisations;
import se.nattvandring.identity.Role;
import se.nattvandring.identity.SignInLinks;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.shared.StockholmTime;
import se.nattvandring.shared.TextChecks;

/**
 * The walker registry. An association's contact keeps their own walkers; Nattvandring.nu reads the walkers of the
 * associations it trains and records their training; a walker sees their own record. The district sees none of it.
 */
@Service
@Transactional(readOnly = true)
public class Walkers {

	private final WalkerRepository repository;

	private final WalkerQueries queries;

	private final Organisations organisations;

	private final Agreements agreements;

	private final Accounts accounts;

	private final SignInLinks signInLinks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Walkers(WalkerRepository repository, WalkerQueries queries, Organisations organisations, Agreements agreements,
			Accounts accounts, SignInLinks signInLinks, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.organisations = organisations;
		this.agreements = agreements;
		this.accounts = accounts;
		this.signInLinks = signInLinks;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayManage(long associationId, CurrentUser user) {
		return user.isContactOf(associationId);
	}

	/** The foundation reads, and confirms training for, the associations it shares an agreement with. */
	public boolean mayRead(long associationId, CurrentUser user) {
		return mayManage(associationId, user) || (user.has(Role.FOUNDATION)
				&& agreements.sharesAgreementWith(user, associationId, PartyRole.ASSOCIATION));
	}

	public Organisation association(long associationId, CurrentUser user) {
		Organisation association = organisations.byId(associationId)
			.filter(o -> o.kind() == OrganisationKind.ASSOCIATION)
			.orElseThrow(() -> new NotFoundException("association", associationId));
		if (!mayRead(associationId, user)) {
			throw new AccessDeniedException("Not this association's walkers");
		}
		return association;
	}

	public Page<WalkerView> page(long associationId, @Nullable WalkerStatus status, int page, CurrentUser user) {
		association(associationId, user);
		Page<WalkerView> walkers = queries.page(associationId, status, page, today());
		return mayManage(associationId, user) ? walkers
				: new Page<>(walkers.items().stream().map(WalkerView::forTraining).toList(), walkers.number(),
						walkers.size(), walkers.total());
	}

	/** For the association's own contact: active walkers whose training ends within {@code days}, soonest first. */
	public List<WalkerView> trainingEnding(long associationId, int days, CurrentUser user) {
		if (!mayManage(associationId, user)) {
			return List.of();
		}
		return queries.trainingEnding(associationId, today(), today().plusDays(days), 50);
	}

	/** Active walkers, for the planner's pickers; the walk module has checked the caller. */
	public List<WalkerView> active(long associationId) {
		return queries.active(associationId, today());
	}

	public List<WalkerView> byIds(Collection<Long> ids) {
		return queries.byIds(ids, today());
	}

	public WalkerView get(long walkerId, CurrentUser user) {
		WalkerView walker = queries.byId(walkerId, today()).orElseThrow(() -> new NotFoundException("walker", walkerId));
		if (!mayRead(walker.associationId(), user) && !isSelf(walkerId, user)) {
			throw new NotFoundException("walker", walkerId);
		}
		// The foundation sees whom it trains; contact details stay with the association and the walker.
		return mayManage(walker.associationId(), user) || isSelf(walkerId, user) ? walker : walker.forTraining();
	}

	/** The full record, with training and loans: for its contact, the foundation and the walker themself. */
	public Walker record(long walkerId, CurrentUser user) {
		get(walkerId, user);
		return repository.findById(walkerId).orElseThrow(() -> new NotFoundException("walker", walkerId));
	}

	/** The signed-in walker's own record, if the user is one. */
	public Optional<Walker> self(CurrentUser user) {
		return user.has(Role.WALKER) ? repository.findByUserAccountId(user.userId()) : Optional.empty();
	}

	/** The login of a walker, if they have one. */
	public Optional<Long> accountOf(long walkerId) {
		return repository.findById(walkerId).map(Walker::userAccountId);
	}

	/** The walkers whose logins these are, by login, in one statement. */
	public Map<Long, Long> walkersOfAccounts(Collection<Long> userAccountIds) {
		if (userAccountIds.isEmpty()) {
			return Map.of();
		}
		return queries.walkersOfAccounts(userAccountIds);
	}

	private boolean isSelf(long walkerId, CurrentUser user) {
		return self(user).map(w -> w.requiredId() == walkerId).orElse(false);
	}

	public List<FieldViolation> check(WalkerDraft draft, long exceptId) {
		return WalkerValidator.validate(draft, today(), email -> repository.emailTaken(email, exceptId));
	}

	@Transactional
	public Walker register(long associationId, WalkerDraft draft, CurrentUser user) {
		association(associationId, user);
		requireManager(associationId, user);
		requireValid(check(draft, 0L));
		Walker saved = repository.save(Walker.register(associationId, draft, clock.instant()));
		events.publishEvent(new VolunteerEvents.WalkerRegistered(saved.requiredId(), associationId));
		return saved;
	}

	@Transactional
	public Walker revise(long walkerId, WalkerDraft draft, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		requireValid(check(draft, walkerId));
		List<String> changed = walker.revise(draft, clock.instant());
		Walker saved = repository.save(walker);
		if (!changed.isEmpty()) {
			events.publishEvent(new VolunteerEvents.WalkerRevised(walkerId, changed));
			Long account = saved.userAccountId();
			if (account != null) {
				accounts.updateContact(account, String.valueOf(saved.name()), saved.email());
			}
		}
		return saved;
	}

	@Transactional
	public Walker deactivate(long walkerId, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		walker.deactivate(today(), clock.instant());
		Walker saved = repository.save(walker);
		events.publishEvent(new VolunteerEvents.WalkerDeactivated(walkerId));
		Long account = saved.userAccountId();
		if (account != null) {
			accounts.disable(account, false);
		}
		return saved;
	}

	@Transactional
	public Walker reactivate(long walkerId, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		walker.reactivate(clock.instant());
		Walker saved = repository.save(walker);
		events.publishEvent(new VolunteerEvents.WalkerReactivated(walkerId));
		Long account = saved.userAccountId();
		if (account != null) {
			accounts.enable(account);
		}
		return saved;
	}

	/** Creates the walker's login and mails a sign-in link to their address. */
	@Transactional
	public Walker invite(long walkerId, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		if (walker.email() == null) {
			throw new RuleViolationException("walker.error.noEmail");
		}
		if (walker.userAccountId() != null) {
			throw new RuleViolationException("walker.error.alreadyInvited");
		}
		CurrentUser account = accounts.invite(String.valueOf(walker.name()), String.valueOf(walker.email()),
				walker.associationId(), Role.WALKER);
		walker.linkAccount(account.userId(), clock.instant());
		Walker saved = repository.save(walker);
		events.publishEvent(new VolunteerEvents.WalkerInvited(walkerId, account.userId()));
		String association = organisations.byId(walker.associationId()).map(Organisation::name).orElse("");
		signInLinks.invite(account.userId(), association);
		return saved;
	}

	/** Ties an existing walker login of the same association to the walker's record, as for an imported register. */
	@Transactional
	public Walker connectAccount(long walkerId, CurrentUser account, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		if (!account.has(Role.WALKER) || account.organisationId() != walker.associationId()) {
			throw new RuleViolationException("walker.error.accountMismatch");
		}
		walker.linkAccount(account.userId(), clock.instant());
		events.publishEvent(new VolunteerEvents.WalkerInvited(walkerId, account.userId()));
		return repository.save(walker);
	}

	@Transactional
	public Walker recordTraining(long walkerId, TrainingDraft draft, CurrentUser user) {
		Walker walker = record(walkerId, user);
		if (!mayRead(walker.associationId(), user) || user.has(Role.WALKER)) {
			throw new AccessDeniedException("The foundation or the association confirms training");
		}
		requireValid(WalkerValidator.validate(draft, today()));
		Training training = new Training(String.valueOf(draft.course()).strip(),
				String.valueOf(draft.provider()).strip(), java.util.Objects.requireNonNull(draft.completedOn()),
				draft.validUntil(), user.organisationId(), user.username(), clock.instant());
		walker.recordTraining(training, clock.instant());
		Walker saved = repository.save(walker);
		events.publishEvent(new VolunteerEvents.TrainingRecorded(walkerId, training.completedOn().toString(), String.valueOf(training.validUntil()), user.organisationId()));
		return saved;
	}

	@Transactional
	public Walker lend(long walkerId, @Nullable String item, @Nullable LocalDate lentOn, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		List<FieldViolation> problems = new java.util.ArrayList<>();
		TextChecks.problem("item", item, true, 100).ifPresent(problems::add);
		if (lentOn == null) {
			problems.add(new FieldViolation("lentOn", "error.required"));
		}
		else if (lentOn.isAfter(today())) {
			problems.add(new FieldViolation("lentOn", "walker.error.future"));
		}
		requireValid(problems);
		walker.lend(String.valueOf(item).strip(), java.util.Objects.requireNonNull(lentOn), clock.instant());
		events.publishEvent(new VolunteerEvents.LoanChanged(walkerId, walker.loans().size(), "lent"));
		return repository.save(walker);
	}

	@Transactional
	public Walker giveBack(long walkerId, int loanIndex, CurrentUser user) {
		Walker walker = managed(walkerId, user);
		walker.giveBack(loanIndex, today(), clock.instant());
		events.publishEvent(new VolunteerEvents.LoanChanged(walkerId, loanIndex + 1, "returned"));
		return repository.save(walker);
	}

	/**
	 * Each walker's eligibility on a date under the criteria, in one read for any number of walkers.
	 * @return by walker id; walkers that do not exist are absent
	 */
	public Map<Long, Eligibility> eligibility(Collection<Long> walkerIds, LocalDate date, CompletionCriteria criteria) {
		return queries.eligibilityFacts(walkerIds, date).stream()
			.map(facts -> Eligibility.of(facts, date, criteria))
			.collect(Collectors.toMap(Eligibility::walkerId, Function.identity()));
	}

	/** Takes the walker's row lock for the rest of the transaction, so their sign-ups are checked one at a time. */
	public void lockForSignUp(long walkerId) {
		repository.lock(walkerId).orElseThrow(() -> new NotFoundException("walker", walkerId));
	}

	private Walker managed(long walkerId, CurrentUser user) {
		Walker walker = repository.findById(walkerId).orElseThrow(() -> new NotFoundException("walker", walkerId));
		if (!mayRead(walker.associationId(), user)) {
			throw new NotFoundException("walker", walkerId);
		}
		requireManager(walker.associationId(), user);
		return walker;
	}

	void requireManager(long associationId, CurrentUser user) {
		if (!mayManage(associationId, user)) {
			throw new AccessDeniedException("Only the association's contact manages its walkers");
		}
	}

	private static void requireValid(List<FieldViolation> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return StockholmTime.today(clock);
	}
}
