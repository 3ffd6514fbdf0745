package se.nattvandring.place;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.agreement.PartyRole;
import se.nattvandring.shared.RuleViolationException;

/**
 * One version of an agreement's place plan: the places the walks visit from a date. It is in force only when every
 * required party has approved this very version; a change is a new version, and approvals of an old one are refused.
 */
@Table("place_plan")
public class PlacePlan extends AbstractAggregateRoot<PlacePlan> {

	/** A party whose approval the plan needs, or who answered it. */
	public record PlanParty(long organisationId, PartyRole role) {
	}

	public enum Decision {
		APPROVED, COMMENTED
	}

	@Table("place_plan_place")
	record PlanPlace(long placeId) {
	}

	@Table("place_plan_required_party")
	record RequiredParty(long organisationId, PartyRole role) {
		PlanParty party() {
			return new PlanParty(organisationId, role);
		}
	}

	@Table("place_plan_response")
	record Response(long organisationId, PartyRole role, Decision decision, @Nullable String comment,
			String respondedBy, Instant respondedAt) {
		PlanParty party() {
			return new PlanParty(organisationId, role);
		}
	}

	private @Id @Nullable Long id;

	private @Version @Nullable Integer version;

	private final long agreementId;

	private final int versionNumber;

	private final LocalDate validFrom;

	private final @Nullable String note;

	private final long draftedByOrganisation;

	private final String draftedBy;

	private final Instant draftedAt;

	private @Nullable Instant inForceSince;

	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private final List<PlanPlace> places;

	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private final List<RequiredParty> requiredParties;

	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private final List<Response> responses;

	@PersistenceCreator
	PlacePlan(@Nullable Long id, @Nullable Integer version, long agreementId, int versionNumber, LocalDate validFrom,
			@Nullable String note, long draftedByOrganisation, String draftedBy, Instant draftedAt,
			@Nullable Instant inForceSince, List<PlanPlace> places, List<RequiredParty> requiredParties,
			List<Response> responses) {
		this.id = id;
		this.version = version;
		this.agreementId = agreementId;
		this.versionNumber = versionNumber;
		this.validFrom = validFrom;
		this.note = note;
		this.draftedByOrganisation = draftedByOrganisation;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.inForceSince = inForceSince;
		this.places = new ArrayList<>(places);
		this.requiredParties = new ArrayList<>(requiredParties);
		this.responses = new ArrayList<>(responses);
	}

	static PlacePlan draft(long agreementId, int versionNumber, LocalDate validFrom, List<Long> placeIds,
			List<PlanParty> required, @Nullable String note, long draftedByOrganisation, String draftedBy,
			Instant now) {
		if (required.isEmpty()) {
			throw new IllegalArgumentException("A place plan needs at least one party to approve it");
		}
		return new PlacePlan(null, null, agreementId, versionNumber, validFrom, note, draftedByOrganisation,
				draftedBy, now, null, placeIds.stream().map(PlanPlace::new).toList(),
				required.stream().map(p -> new RequiredParty(p.organisationId(), p.role())).toList(), List.of());
	}

	/**
	 * @param latestVersion the newest version number of this agreement's plans; only that one can be approved
	 * @throws RuleViolationException for an old version, a party that is not required, or a second approval
	 */
	void approve(PlanParty party, String username, Instant at, int latestVersion) {
		requireAnswerable(party, latestVersion);
		if (approvals().contains(party)) {
			throw new RuleViolationException("placePlan.error.alreadyApproved");
		}
		responses.add(new Response(party.organisationId(), party.role(), Decision.APPROVED, null, username, at));
		registerEvent(new PlaceEvents.PlacePlanAnswered(requiredId(), party.organisationId(), party.role().name(),
				Decision.APPROVED.name()));
		if (awaiting().isEmpty()) {
			inForceSince = at;
			registerEvent(new PlaceEvents.PlacePlanInForce(requiredId(), agreementId, versionNumber));
		}
	}

	/** A required party's remark, which does not approve; the drafter may answer with a new version. */
	void comment(PlanParty party, String username, String comment, Instant at, int latestVersion) {
		requireAnswerable(party, latestVersion);
		responses.add(new Response(party.organisationId(), party.role(), Decision.COMMENTED, comment, username, at));
		registerEvent(new PlaceEvents.PlacePlanAnswered(requiredId(), party.organisationId(), party.role().name(),
				Decision.COMMENTED.name()));
	}

	private void requireAnswerable(PlanParty party, int latestVersion) {
		if (versionNumber < latestVersion) {
			throw new RuleViolationException("placePlan.error.oldVersion", versionNumber, latestVersion);
		}
		if (!required().contains(party)) {
			throw new RuleViolationException("placePlan.error.notRequired");
		}
	}

	public List<PlanParty> required() {
		return requiredParties.stream().map(RequiredParty::party).toList();
	}

	public List<PlanParty> approvals() {
		return responses.stream().filter(r -> r.decision() == Decision.APPROVED).map(Response::party).toList();
	}

	public List<PlanParty> awaiting() {
		List<PlanParty> approved = approvals();
		return required().stream().filter(p -> !approved.contains(p)).toList();
	}

	public List<String> comments() {
		return responses.stream().filter(r -> r.decision() == Decision.COMMENTED).map(Response::comment).toList();
	}

	/** Approved by every required party; from its valid-from date it is the place agreement. */
	public boolean isApproved() {
		return inForceSince != null;
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Place plan not saved yet");
		}
		return id;
	}

	public long agreementId() { return agreementId; }
	public int versionNumber() { return versionNumber; }
	public LocalDate validFrom() { return validFrom; }
	public @Nullable Instant inForceSince() { return inForceSince; }
	public List<Long> placeIds() { return places.stream().map(PlanPlace::placeId).toList(); }
}
