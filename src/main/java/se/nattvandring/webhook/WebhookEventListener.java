package se.nattvandring.webhook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.AgreementEvents.AgreementRevised;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.payment.PaymentEvents.BasisAttested;
import se.nattvandring.payment.PaymentEvents.BasisIssued;
import se.nattvandring.place.PlaceEvents.PlacePlanInForce;
import se.nattvandring.walk.WalkEvents.NightRegisteredAfterwards;
import se.nattvandring.walk.WalkEvents.ReportSubmitted;
import se.nattvandring.walk.WalkEvents.WalkApproved;
import se.nattvandring.walk.WalkEvents.WalkRejected;
import se.nattvandring.walk.WalkEvents.WalkReturned;

/**
 * Turns the modules' events into deliveries owed, each to the organisations that may see it: a walk's and a basis's
 * to the paying district and the association; a place plan's and an agreement's to every party. The payload names
 * ids and counts only, so a receiver fetches the rest with what its own token may read.
 */
@Component
class WebhookEventListener {

	private final WebhookDeliveries deliveries;

	private final Agreements agreements;

	WebhookEventListener(WebhookDeliveries deliveries, Agreements agreements) {
		this.deliveries = deliveries;
		this.agreements = agreements;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted reported) {
		walk(WebhookEvent.WALK_REPORTED, reported.walkId(), reported.agreementId(), reported.associationId(),
				reported.at());
	}

	@ApplicationModuleListener
	void on(NightRegisteredAfterwards registered) {
		walk(WebhookEvent.WALK_REPORTED, registered.walkId(), registered.agreementId(), registered.associationId(),
				registered.at());
	}

	@ApplicationModuleListener
	void on(WalkApproved approved) {
		walk(WebhookEvent.WALK_APPROVED, approved.walkId(), approved.agreementId(), approved.associationId(),
				approved.at());
	}

	@ApplicationModuleListener
	void on(WalkRejected rejected) {
		walk(WebhookEvent.WALK_REJECTED, rejected.walkId(), rejected.agreementId(), rejected.associationId(),
				rejected.at());
	}

	@ApplicationModuleListener
	void on(WalkReturned returned) {
		walk(WebhookEvent.WALK_RETURNED, returned.walkId(), returned.agreementId(), returned.associationId(),
				returned.at());
	}

	@ApplicationModuleListener
	void on(BasisIssued issued) {
		deliveries.enqueue(WebhookEvent.BASIS_ISSUED, "basis.issued:" + issued.basisId(),
				Map.of("basisId", issued.basisId(), "agreementId", issued.agreementId(), "associationId",
						issued.associationId(), "walks", issued.paidWalkIds().size()),
				payerAnd(issued.agreementId(), issued.associationId()));
	}

	@ApplicationModuleListener
	void on(BasisAttested attested) {
		deliveries.enqueue(WebhookEvent.BASIS_ATTESTED, "basis.attested:" + attested.basisId(),
				Map.of("basisId", attested.basisId(), "agreementId", attested.agreementId(), "associationId",
						attested.associationId()),
				payerAnd(attested.agreementId(), attested.associationId()));
	}

	@ApplicationModuleListener
	void on(PlacePlanInForce inForce) {
		deliveries.enqueue(WebhookEvent.PLACE_PLAN_IN_FORCE, "placePlan.inForce:" + inForce.planId(),
				Map.of("planId", inForce.planId(), "agreementId", inForce.agreementId(), "versionNumber",
						inForce.versionNumber()),
				agreements.partiesOf(inForce.agreementId()));
	}

	/** An extension is a revision of the term's end; a receiver asked for one of the two, or both. */
	@ApplicationModuleListener
	void on(AgreementRevised revised) {
		boolean extended = revised.changes().containsKey("extensionDecisions");
		WebhookEvent event = extended ? WebhookEvent.AGREEMENT_EXTENDED : WebhookEvent.AGREEMENT_REVISED;
		List<String> fields = revised.changes().keySet().stream().sorted().toList();
		deliveries.enqueue(event, event.type() + ":" + revised.agreementId() + ":" + revised.changes().hashCode(),
				Map.of("agreementId", revised.agreementId(), "changedFields", fields),
				agreements.partiesOf(revised.agreementId()));
	}

	private void walk(WebhookEvent event, long walkId, long agreementId, long associationId, java.time.Instant at) {
		deliveries.enqueue(event, event.type() + ":" + walkId + ":" + at.toEpochMilli(),
				Map.of("walkId", walkId, "agreementId", agreementId, "associationId", associationId),
				payerAnd(agreementId, associationId));
	}

	private Set<Long> payerAnd(long agreementId, long associationId) {
		Set<Long> organisations = new LinkedHashSet<>();
		agreements.principalOf(agreementId).ifPresent(organisations::add);
		organisations.add(associationId);
		return organisations;
	}
}
