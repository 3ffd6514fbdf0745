package se.nattvandring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nattvandring.support.DemoLogins.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.IntegrationTest;

/**
 * The ids a new installation's integrator needs: which organisations the caller may know of, in the one list shape,
 * and who the caller is. An association does not learn of the other associations its district works with.
 */
@IntegrationTest
class OrganisationApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDistrictSeesItsPartnersAndAnAssociationItselfAndItsDistrictOnly() {
		var district = mvc.get().uri("/api/v1/organisations").header("Authorization", bearer("distrikt")).exchange();
		assertThat(district).hasStatusOk().bodyJson().extractingPath("$.items[*].name").asArray()
			.contains("Hägersten-Älvsjö stadsdelsförvaltning", "Älvsjö AIK", "Södra Folkparken");
		// Other tests may add partners to the district; the total is the whole list's, which fits on this page.
		assertThat(district).bodyJson().extractingPath("$.total").asNumber().satisfies(total -> assertThat(
				total.intValue()).isGreaterThanOrEqualTo(4));
		assertThat(district).bodyJson().extractingPath("$.number").asNumber().isEqualTo(0);
		assertThat(district).bodyJson().extractingPath("$.items[*].bankgiro").asArray().isEmpty();

		var association = mvc.get().uri("/api/v1/organisations").header("Authorization", bearer("aik")).exchange();
		assertThat(association).hasStatusOk().bodyJson().extractingPath("$.items[*].name").asArray()
			.contains("Hägersten-Älvsjö stadsdelsförvaltning", "Älvsjö AIK")
			.doesNotContain("Södra Folkparken", "Stiftelsen Nattvandring.nu");
		assertThat(association).bodyJson().extractingPath("$.items[*].kind").asArray()
			.containsOnly("DISTRICT_ADMINISTRATION", "ASSOCIATION");
	}

	@Test
	void meSaysWhoTheCallerIsAndWithWhichRoles() {
		var me = mvc.get().uri("/api/v1/me").header("Authorization", bearer("aik")).exchange();

		assertThat(me).hasStatusOk().bodyJson().extractingPath("$.username").isEqualTo("aik");
		assertThat(me).bodyJson().extractingPath("$.organisation.name").isEqualTo("Älvsjö AIK");
		assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("ASSOCIATION_CONTACT");
	}
}
