package se.nattvandring.payment;

import org.springframework.stereotype.Component;

import se.nattvandring.agreement.Agreements;
import se.nattvandring.approval.Decisions;
import se.nattvandring.shared.ReplayClock;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkNights;
import se.nattvandring.walk.Walks;

/** Begins a season under rules of its own, with walkers of its own, for a test. */
@Component
class Seasons {

	final Agreements agreements;

	final Walks walks;

	final WalkNights nights;

	final Decisions decisions;

	final NightTestWorld world;

	final ReplayClock clock;

	Seasons(Agreements agreements, Walks walks, WalkNights nights, Decisions decisions, NightTestWorld world,
			ReplayClock clock) {
		this.agreements = agreements;
		this.walks = walks;
		this.nights = nights;
		this.decisions = decisions;
		this.world = world;
		this.clock = clock;
	}

	SeasonOfOwnRules begin() {
		return new SeasonOfOwnRules(this);
	}
}
