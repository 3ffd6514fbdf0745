package se.nattvandring.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.nattvandring.agreement.PartyRole;
import se.nattvandring.place.PlacePlan.PlanParty;
import se.nattvandring.shared.RuleViolationException;

/** The place agreement as a state machine: in force only with every required approval, of this very version. */
class PlacePlanTest {

	static final PlanParty AIK = new PlanParty(2, PartyRole.ASSOCIATION);

	static final PlanParty FOLKPARKEN = new PlanParty(3, PartyRole.ASSOCIATION);

	static final PlanParty FOUNDATION = new PlanParty(4, PartyRole.SUPPORTING);

	static final PlanParty FIELD_ASSISTANTS = new PlanParty(1, PartyRole.FIELD_ASSISTANTS);

	static final List<PlanParty> FOUR = List.of(AIK, FOLKPARKEN, FOUNDATION, FIELD_ASSISTANTS);

	static final Instant NOW = Instant.parse("2024-08-30T10:00:00Z");

	static PlacePlan saved(int versionNumber) {
		PlacePlan plan = PlacePlan.draft(1, versionNumber, LocalDate.of(2024, 9, 1), List.of(10L, 11L), FOUR, null, 1,
				"distrikt", NOW);
		try {
			Field id = PlacePlan.class.getDeclaredField("id");
			id.setAccessible(true);
			id.set(plan, 100L + versionNumber);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return plan;
	}

	@Test
	void threeOfFourApprovalsAreNotEnoughAndTheFourthPutsItInForce() {
		PlacePlan plan = saved(1);
		plan.approve(AIK, "aik", NOW, 1);
		plan.approve(FOLKPARKEN, "folkparken", NOW, 1);
		plan.approve(FOUNDATION, "stiftelsen", NOW, 1);

		assertThat(plan.isApproved()).isFalse();
		assertThat(plan.awaiting()).containsExactly(FIELD_ASSISTANTS);

		plan.approve(FIELD_ASSISTANTS, "falt", NOW.plusSeconds(60), 1);

		assertThat(plan.isApproved()).isTrue();
		assertThat(plan.inForceSince()).isEqualTo(NOW.plusSeconds(60));
		assertThat(plan.awaiting()).isEmpty();
	}

	@Test
	void aNewVersionStartsWithNoApprovalsAndTheOldOneCanNoLongerBeApproved() {
		PlacePlan first = saved(1);
		FOUR.forEach(party -> first.approve(party, "x", NOW, 1));
		PlacePlan second = saved(2);

		assertThat(second.approvals()).isEmpty();
		assertThat(second.isApproved()).isFalse();
		assertThat(first.isApproved()).isTrue();

		PlacePlan stale = saved(1);
		assertThatThrownBy(() -> stale.approve(AIK, "aik", NOW, 2)).isInstanceOf(RuleViolationException.class)
			.extracting("messageKey").isEqualTo("placePlan.error.oldVersion");
	}

	@Test
	void aPartyThatIsNotRequiredCannotApproveAndNoPartyApprovesTwice() {
		PlacePlan plan = saved(1);
		var principal = new PlanParty(1, PartyRole.PRINCIPAL);

		assertThatThrownBy(() -> plan.approve(principal, "distrikt", NOW, 1)).extracting("messageKey")
			.isEqualTo("placePlan.error.notRequired");
		plan.approve(AIK, "aik", NOW, 1);
		assertThatThrownBy(() -> plan.approve(AIK, "aik", NOW, 1)).extracting("messageKey")
			.isEqualTo("placePlan.error.alreadyApproved");
		assertThat(plan.approvals()).containsExactly(AIK);
	}

	@Test
	void aCommentIsRecordedButDoesNotApprove() {
		PlacePlan plan = saved(1);
		plan.comment(FOUNDATION, "stiftelsen", "Lägg till gångtunneln", NOW, 1);

		assertThat(plan.approvals()).isEmpty();
		assertThat(plan.awaiting()).contains(FOUNDATION);
		assertThat(plan.comments()).containsExactly("Lägg till gångtunneln");
	}
}
