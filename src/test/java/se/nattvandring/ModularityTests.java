package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map in the README is this test's output; verify() keeps the dependencies pointing one way. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NattvandringApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theModulesAreThePartnershipsOwnWords() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "identity", "audit", "agreement", "place", "home", "demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
