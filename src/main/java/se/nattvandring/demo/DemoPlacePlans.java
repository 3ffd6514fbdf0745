package se.nattvandring.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreement;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.place.PlaceDraft;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.place.PlacePlans.Answer;
import se.nattvandring.place.PlacePlans.AnswerKind;
import se.nattvandring.place.PlacePlans.PlanDraft;
import se.nattvandring.place.Places;

/**
 * The demo's place agreements, made the way the parties make them: drafted by the district, then approved by each
 * association, Nattvandring.nu and the field assistants through the same service calls as the screens use.
 */
@Component
class DemoPlacePlans {

	static final List<String> ALL_APPROVERS = List.of("aik", "folkparken", "stiftelsen", "falt");

	private final Places places;

	private final PlacePlans plans;

	DemoPlacePlans(Places places, PlacePlans plans) {
		this.places = places;
		this.plans = plans;
	}

	/**
	 * The seed agreement: version 1 signed on paper by all four parties before the first walk, and version 2 still
	 * waiting for Södra Folkparken.
	 * @return the places of version 1, which the seed season's walks visit
	 */
	List<Long> seed(Agreement agreement, Map<String, CurrentUser> users) {
		List<Long> first = add(agreement, DemoPlaces.FIRST_PLAN, users.get("falt"));
		draftAndApprove(agreement, agreement.period().start(), first, users, ALL_APPROVERS,
				"Platserna som föreningarna och fältassistenterna redan vandrar.", LocalDate.of(2024, 8, 29));
		List<Long> second = new ArrayList<>(first);
		second.addAll(add(agreement, DemoPlaces.SECOND_PLAN_ADDS, users.get("aik")));
		draftAndApprove(agreement, LocalDate.of(2025, 3, 1), second, users, List.of("aik", "stiftelsen", "falt"),
				"Fältassistenterna ser fler unga vid gångtunneln och lekplatsen.", LocalDate.of(2025, 2, 20));
		return first;
	}

	/**
	 * The current agreement starts from the same places, agreed by everyone before it began.
	 * @return its places
	 */
	List<Long> renewal(Agreement agreement, Map<String, CurrentUser> users, LocalDate today) {
		List<PlaceDraft> all = new ArrayList<>(DemoPlaces.FIRST_PLAN);
		all.addAll(DemoPlaces.SECOND_PLAN_ADDS);
		List<Long> ids = add(agreement, all, users.get("falt"));
		LocalDate signed = agreement.period().start().minusDays(10);
		draftAndApprove(agreement, agreement.period().start(), ids, users, ALL_APPROVERS, null,
				signed.isAfter(today) ? null : signed);
		return ids;
	}

	private List<Long> add(Agreement agreement, List<PlaceDraft> drafts, CurrentUser by) {
		return drafts.stream().map(d -> places.add(agreement.requiredId(), d, by).id()).toList();
	}

	private void draftAndApprove(Agreement agreement, LocalDate validFrom, List<Long> placeIds,
			Map<String, CurrentUser> users, List<String> approvers, @Nullable String note, @Nullable LocalDate signedOn) {
		var plan = plans.draft(agreement.requiredId(), new PlanDraft(validFrom, placeIds, note), users.get("distrikt"));
		for (String approver : approvers) {
			plans.answer(plan.id(), new Answer(AnswerKind.APPROVE, null, signedOn), users.get(approver));
		}
	}
}
