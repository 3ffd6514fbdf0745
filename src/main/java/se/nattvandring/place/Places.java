package se.nattvandring.place;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.OrganisationKind;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.Page;

/**
 * The place catalogue of each agreement's area. Every party reads it; the parties who know the area (the district,
 * its field assistants, the associations and the foundation) add and change places. Walkers read.
 */
@Service
@Transactional(readOnly = true)
public class Places {

	private final PlaceRepository repository;

	private final PlaceQueries queries;

	private final Agreements agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Places(PlaceRepository repository, PlaceQueries queries, Agreements agreements, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	public Page<PlaceView> page(long agreementId, int page, CurrentUser user) {
		agreements.requireVisible(agreementId, user);
		return queries.page(agreementId, page);
	}

	/** Every place of the area, for a map. */
	public List<PlaceView> all(long agreementId, CurrentUser user) {
		agreements.requireVisible(agreementId, user);
		return queries.all(agreementId);
	}

	public PlaceView get(long placeId, CurrentUser user) {
		PlaceView place = queries.byId(placeId).orElseThrow(() -> new NotFoundException("place", placeId));
		agreements.requireVisible(place.agreementId(), user);
		return place;
	}

	public boolean mayEdit(CurrentUser user) {
		return user.has(Role.DISTRICT_COORDINATOR) || user.has(Role.FIELD_ASSISTANT)
				|| user.has(Role.ASSOCIATION_CONTACT) || user.has(Role.FOUNDATION);
	}

	/**
	 * Every party adds places; a place is changed by the organisation that added it and by the district, which
	 * answers for the catalogue. Another association's contact cannot rename or move it.
	 */
	public boolean mayRevise(PlaceView place, CurrentUser user) {
		return mayEdit(user) && (user.organisationKind() == OrganisationKind.DISTRICT_ADMINISTRATION
				|| java.util.Objects.equals(place.addedByOrganisationId(), user.organisationId()));
	}

	@Transactional
	public PlaceView add(long agreementId, PlaceDraft draft, CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		requireEditor(user);
		requireValid(draft);
		Place saved = repository.save(Place.create(agreement.id(), draft, user.organisationId(), clock.instant()));
		events.publishEvent(new PlaceEvents.PlaceAdded(saved.requiredId(), agreementId, saved.snapshot()));
		return queries.byId(saved.requiredId()).orElseThrow();
	}

	@Transactional
	public PlaceView revise(long placeId, PlaceDraft draft, CurrentUser user) {
		if (!mayRevise(get(placeId, user), user)) {
			throw new AccessDeniedException("Only the organisation that added a place, and the district, change it");
		}
		requireValid(draft);
		Place place = repository.findById(placeId).orElseThrow(() -> new NotFoundException("place", placeId));
		var changes = place.revise(draft, clock.instant());
		repository.save(place);
		if (!changes.isEmpty()) {
			events.publishEvent(new PlaceEvents.PlaceRevised(placeId, changes));
		}
		return queries.byId(placeId).orElseThrow();
	}

	List<PlaceView> byIds(List<Long> ids) {
		return queries.byIds(ids);
	}

	public List<FieldViolation> check(PlaceDraft draft) {
		return PlaceValidator.validate(draft);
	}

	private void requireEditor(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Walkers and admins read places; the parties change them");
		}
	}

	private static void requireValid(PlaceDraft draft) {
		List<FieldViolation> violations = PlaceValidator.validate(draft);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
