package se.nattvandring.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
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

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.RuleViolationException;

/** The organisations that take part in partnerships. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	private final ApplicationEventPublisher events;

	private final PayeeChanges payeeChanges;

	private final java.time.Clock clock;

	Organisations(OrganisationRepository repository, ApplicationEventPublisher events, PayeeChanges payeeChanges,
			java.time.Clock clock) {
		this.payeeChanges = payeeChanges;
		this.clock = clock;
		this.repository = repository;
		this.events = events;
	}

	/**
	 * What a user's forms may offer: a district's own organisation and those it works with; anyone else only their
	 * own. One installation serves many districts, so nobody is offered the whole list.
	 */
	public List<Organisation> partnersOf(CurrentUser user) {
		if (user.organisationKind() != OrganisationKind.DISTRICT_ADMINISTRATION) {
			return repository.findById(user.organisationId()).stream().toList();
		}
		return repository.findPartnersOf(user.organisationId());
	}

	/**
	 * The organisations a user may know of, for the API: a district's people see the district and its partners; anyone
	 * else their own organisation and the districts it works with. Names, kinds and numbers only: payee details are
	 * read through the invoicing endpoint, under its own rule.
	 */
	public List<Organisation> visibleTo(CurrentUser user) {
		return user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION
				? repository.findPartnersOf(user.organisationId())
				: repository.findOwnAndDistrictsOf(user.organisationId());
	}

	/** For a district's coordinator or attester: the partners whose new payee details wait for a confirmation. */
	public List<Long> payeeChangesToConfirm(CurrentUser user) {
		if (user.organisationKind() != OrganisationKind.DISTRICT_ADMINISTRATION
				|| !(user.has(Role.DISTRICT_COORDINATOR) || user.has(Role.ATTESTER))) {
			return List.of();
		}
		return payeeChanges.pendingForPartnersOf(user.organisationId());
	}

	/** The installation's districts, in name order: for texts that name who is responsible, such as statements. */
	public List<Organisation> districts() {
		return repository.findByKindOrderByName(OrganisationKind.DISTRICT_ADMINISTRATION);
	}

	/** The district works with this organisation from now on; recording it twice changes nothing. */
	@Transactional
	public void recordPartnership(long districtId, long organisationId) {
		repository.addPartner(districtId, organisationId, java.sql.Timestamp.from(clock.instant()));
	}

	public Optional<Organisation> byId(long id) {
		return repository.findById(id);
	}

	public Optional<Organisation> byName(String name) {
		return repository.findByName(name);
	}

	/** One query for many ids, so that a list page never asks once per row. */
	public Map<Long, Organisation> byIds(Collection<Long> ids) {
		return repository.findAllById(ids).stream().collect(Collectors.toMap(Organisation::requiredId, Function.identity()));
	}

	/**
	 * The association's contact keeps its invoicing details; the administrator may mend them. Each change is in the
	 * audit trail with before and after, as these are the organisation's details and no person's. A new organisation
	 * number, bankgiro or plusgiro is not applied: it waits, as a {@link PayeeChange}, until a second person at the
	 * district confirms it, and until then the confirmed details stay in force.
	 */
	@Transactional
	public Organisation updateInvoicing(long organisationId, InvoicingDetails asked, CurrentUser user) {
		Organisation organisation = byId(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		if (!mayEditInvoicing(organisation, user)) {
			throw new AccessDeniedException("An organisation's invoicing details are its contact's");
		}
		InvoicingDetails details = asked.normalised();
		var problems = details.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		InvoicingDetails confirmed = organisation.invoicing();
		PayeeChange payee = new PayeeChange(organisationId, details.organisationNumber(), details.bankgiro(),
				details.plusgiro(), user.username(), clock.instant());
		List<String> payeeFields = payee.fieldsChangedFrom(organisation);
		if (!payeeFields.isEmpty()) {
			payeeChanges.request(payee);
			events.publishEvent(new IdentityEvents.PayeeChangeRequested(organisationId, payeeFields));
		}
		else {
			payeeChanges.withdraw(organisationId);
		}
		details = details.withPayee(confirmed.organisationNumber(), confirmed.bankgiro(), confirmed.plusgiro());
		Map<String, Object> changes = new LinkedHashMap<>();
		var before = organisation.invoicing();
		for (var component : InvoicingDetails.class.getRecordComponents()) {
			Object was = read(component, before);
			Object now = read(component, details);
			if (!java.util.Objects.equals(was, now)) {
				changes.put(component.getName(), java.util.Arrays.asList(was, now));
			}
		}
		Organisation saved = repository.save(organisation.withInvoicing(details));
		if (!changes.isEmpty()) {
			events.publishEvent(new IdentityEvents.InvoicingDetailsChanged(organisationId, changes));
		}
		return saved;
	}

	/** The change of payee details waiting for the district's confirmation, if any. */
	public Optional<PayeeChange> pendingPayeeChange(long organisationId) {
		return payeeChanges.pending(organisationId);
	}

	/**
	 * Applies the pending payee change. Who may confirm is the payment module's rule (a district that pays the
	 * organisation); this step only refuses the person who asked for the change.
	 * @throws RuleViolationException when nothing is pending, or the confirmer asked for it
	 */
	@Transactional
	public Organisation confirmPayeeChange(long organisationId, CurrentUser confirmer) {
		Organisation organisation = byId(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		PayeeChange change = payeeChanges.pending(organisationId)
			.orElseThrow(() -> new RuleViolationException("invoicing.error.nothingPending"));
		if (change.requestedBy().equals(confirmer.username())) {
			throw new RuleViolationException("invoicing.error.ownChange");
		}
		List<String> fields = change.fieldsChangedFrom(organisation);
		Organisation saved = repository.save(organisation.withInvoicing(organisation.invoicing()
			.withPayee(change.organisationNumber(), change.bankgiro(), change.plusgiro())));
		payeeChanges.withdraw(organisationId);
		events.publishEvent(new IdentityEvents.PayeeChangeConfirmed(organisationId, fields, change.requestedBy()));
		return saved;
	}

	public boolean mayEditInvoicing(Organisation organisation, CurrentUser user) {
		return organisation.kind() == OrganisationKind.ASSOCIATION
				&& user.isContactOf(organisation.requiredId());
	}

	private static @Nullable Object read(java.lang.reflect.RecordComponent component, InvoicingDetails details) {
		try {
			return component.getAccessor().invoke(details);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Transactional
	public Organisation register(Organisation organisation) {
		Organisation saved = repository.save(organisation);
		events.publishEvent(new IdentityEvents.OrganisationRegistered(saved.requiredId(), saved.name(), saved.kind()));
		return saved;
	}
}
