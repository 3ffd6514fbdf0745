package se.nattvandring.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations that take part in partnerships. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	public List<Organisation> all() {
		return repository.findAllByOrderByName();
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

	@Transactional
	public Organisation register(Organisation organisation) {
		Organisation saved = repository.save(organisation);
		events.publishEvent(new IdentityEvents.OrganisationRegistered(saved.requiredId(), saved.name(), saved.kind()));
		return saved;
	}
}
