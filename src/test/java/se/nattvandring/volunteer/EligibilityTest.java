package se.nattvandring.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.nattvandring.agreement.CompletionCriteria;
import se.nattvandring.volunteer.Eligibility.Facts;

/** The agreement's age and training rules on the exact days they change. */
class EligibilityTest {

	static final CompletionCriteria EIGHTEEN_AND_TRAINED = new CompletionCriteria(3, 18, true, LocalTime.of(19, 0),
			LocalTime.of(3, 0), 180, 7);

	static final LocalDate BORN = LocalDate.of(2006, 3, 15);

	@Test
	void theDayBeforeTheEighteenthBirthdayIsTooYoungAndTheBirthdayItselfIsOldEnough() {
		Eligibility dayBefore = Eligibility.of(trained(BORN), LocalDate.of(2024, 3, 14), EIGHTEEN_AND_TRAINED);
		Eligibility birthday = Eligibility.of(trained(BORN), LocalDate.of(2024, 3, 15), EIGHTEEN_AND_TRAINED);

		assertThat(dayBefore.eligible()).isFalse();
		assertThat(dayBefore.ageOnDate()).isEqualTo(17);
		assertThat(dayBefore.reasons()).extracting(Eligibility.Reason::messageKey).containsExactly("eligibility.tooYoung");
		assertThat(dayBefore.reasons().get(0).arguments()).containsExactly(18, LocalDate.of(2024, 3, 15));
		assertThat(birthday.eligible()).isTrue();
		assertThat(birthday.ageOnDate()).isEqualTo(18);
	}

	@Test
	void aLeapDayChildReachesTheAgeOnTheFirstOfMarchInACommonYear() {
		Facts leapling = trained(LocalDate.of(2004, 2, 29));

		assertThat(Eligibility.of(leapling, LocalDate.of(2022, 2, 28), EIGHTEEN_AND_TRAINED).eligible()).isFalse();
		assertThat(Eligibility.of(leapling, LocalDate.of(2022, 3, 1), EIGHTEEN_AND_TRAINED).eligible()).isTrue();
	}

	@Test
	void trainingThatExpiredTheDayBeforeTheWalkIsRefusedWithTheDateItExpired() {
		LocalDate walk = LocalDate.of(2025, 5, 10);
		Facts expiredYesterday = new Facts(1, WalkerStatus.ACTIVE, LocalDate.of(1980, 1, 1), false,
				walk.minusDays(1));

		Eligibility verdict = Eligibility.of(expiredYesterday, walk, EIGHTEEN_AND_TRAINED);

		assertThat(verdict.eligible()).isFalse();
		assertThat(verdict.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.messageKey()).isEqualTo("eligibility.trainingExpired");
			assertThat(reason.arguments()).containsExactly(walk.minusDays(1));
		});
	}

	@Test
	void anAgreementWithoutTrainingRequirementAcceptsTheUntrained() {
		CompletionCriteria noTraining = new CompletionCriteria(2, 20, false, LocalTime.of(19, 0), LocalTime.of(23, 0),
				120, 7);
		Facts untrained = new Facts(2, WalkerStatus.ACTIVE, LocalDate.of(1990, 6, 1), false, null);

		assertThat(Eligibility.of(untrained, LocalDate.of(2025, 1, 10), noTraining).eligible()).isTrue();
		assertThat(Eligibility.of(untrained, LocalDate.of(2025, 1, 10), EIGHTEEN_AND_TRAINED).reasons())
			.extracting(Eligibility.Reason::messageKey).containsExactly("eligibility.untrained");
	}

	@Test
	void anInactiveWalkerIsNeverEligible() {
		Facts inactive = new Facts(3, WalkerStatus.INACTIVE, LocalDate.of(1980, 1, 1), true, null);

		assertThat(Eligibility.of(inactive, LocalDate.of(2025, 1, 10), EIGHTEEN_AND_TRAINED).reasons())
			.extracting(Eligibility.Reason::messageKey).containsExactly("eligibility.notActive");
	}

	@Test
	void theFactsAreWhatTheCompletionCriteriaDecideWith() {
		Eligibility verdict = Eligibility.of(trained(BORN), LocalDate.of(2025, 1, 10), EIGHTEEN_AND_TRAINED);

		assertThat(verdict.facts().ageOnWalkDate()).isEqualTo(18);
		assertThat(verdict.facts().trainedOnWalkDate()).isTrue();
		assertThat(List.of(verdict.facts().walkerId())).containsExactly(7L);
	}

	private static Facts trained(LocalDate born) {
		return new Facts(7, WalkerStatus.ACTIVE, born, true, null);
	}
}
