package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.agreement.WalkFacts;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.walk.NightEntries.CheckIn;

/** A walk's facts as planned and as recorded come from one place, which the preview and approval share. */
@IntegrationTest
class WalkFactsOfAWalkTests {

	@Autowired
	NightTestWorld world;

	@Autowired
	WalkFactsOfAWalk facts;

	@Autowired
	Walks walks;

	@Autowired
	WalkNights nights;

	@Autowired
	WalkRepository repository;

	@Autowired
	Agreements agreements;

	@Test
	void plannedFactsHoldTheTeamAndThePlannedTimesRecordedFactsWhoWasThere() {
		NightTestWorld.Walker leader = world.walker(NightTestWorld.AIK);
		NightTestWorld.Walker member = world.walker(NightTestWorld.AIK);
		long walk = world.walkStartingWithinTheHour(leader, member);
		CompletionCriteria criteria = agreements.document(NightTestWorld.CURRENT_AGREEMENT, world.coordinator())
			.criteria();
		WalkView view = walks.get(walk, world.coordinator());

		WalkFacts planned = facts.planned(view, criteria);
		assertThat(planned.present()).extracting(WalkFacts.Walker::walkerId)
			.containsExactlyInAnyOrder(leader.walkerId(), member.walkerId());
		assertThat(planned.present()).allSatisfy(w -> assertThat(w.trainedOnWalkDate()).isTrue());
		assertThat(planned.start()).isEqualTo(view.startsAt());
		assertThat(planned.end()).isEqualTo(view.endsAt());
		assertThat(planned.reportSubmittedAt()).isNull();

		nights.checkIn(walk, new CheckIn(List.of(leader.walkerId()), null), world.contact("aik"));
		Walk checkedIn = repository.findById(walk).orElseThrow();
		WalkFacts recorded = facts.recorded(checkedIn, criteria);

		assertThat(recorded.present()).extracting(WalkFacts.Walker::walkerId).containsExactly(leader.walkerId());
		assertThat(recorded.start()).isEqualTo(checkedIn.checkedInAt());
		assertThat(recorded.present().get(0).ageOnWalkDate()).isEqualTo(
				java.time.Period.between(java.time.LocalDate.of(1980, 3, 3), view.date()).getYears());
	}
}
