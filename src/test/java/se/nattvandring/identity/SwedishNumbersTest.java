package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SwedishNumbersTest {

	@Test
	void organisationAndBankgiroNumbersPassTheLuhnCheck() {
		assertThat(SwedishNumbers.isValidOrganisationNumber("212000-0142")).isTrue(); // Stockholms stad
		assertThat(SwedishNumbers.isValidOrganisationNumber("212000-0143")).isFalse();
		assertThat(SwedishNumbers.isValidBankgiro("5050-1055")).isTrue();
		assertThat(SwedishNumbers.isValidBankgiro("5050-1056")).isFalse();
	}

	@Test
	void anOrganisationWithABadNumberCannotExist() {
		assertThatThrownBy(() -> new Organisation(null, "X", OrganisationKind.ASSOCIATION, "802014-8379", null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
