package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.support.IntegrationTest;

/** A walk's planned leader joins its team through the same rule as a sign-up: no overlapping walk. */
@IntegrationTest
class PlannedLeaderTests {

	@Autowired
	NightTestWorld world;

	@Autowired
	Walks walks;

	@Test
	void aLeaderCannotBePlannedOnAWalkThatOverlapsOneTheyAreOn() {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		long first = world.walkInDays(leader, 12);
		WalkView planned = walks.get(first, world.coordinator());
		CurrentUser contact = world.contact("aik");

		WalkPlan overlapping = new WalkPlan(NightTestWorld.CURRENT_AGREEMENT, NightTestWorld.AIK, planned.date(),
				LocalTime.of(15, 0), LocalTime.of(17, 0), "Älvsjö station", List.of(world.place()), leader.walkerId(),
				1, 8);

		assertThatThrownBy(() -> walks.plan(overlapping, contact)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("teamLeaderId", "signup.error.overlap")));
		assertThat(walks.check(overlapping, contact)).extracting(FieldViolation::messageKey)
			.containsExactly("signup.error.overlap");

		WalkPlan later = new WalkPlan(NightTestWorld.CURRENT_AGREEMENT, NightTestWorld.AIK, planned.date(),
				LocalTime.of(16, 0), LocalTime.of(18, 0), "Älvsjö station", List.of(world.place()), leader.walkerId(),
				1, 8);
		assertThat(walks.plan(later, contact).teamLeaderId()).isEqualTo(leader.walkerId());
	}
}
