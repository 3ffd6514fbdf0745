package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * The district plans an association's walk without seeing the association's walkers: no names on the planning page
 * or the walk page, no walker's reason for not being eligible, and no leader named by the district. The association's
 * own contact sees and does all of it.
 */
@IntegrationTest
@Transactional
class RegistryStaysWithTheAssociationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NightTestWorld world;

	@Autowired
	Walks walks;

	@Test
	void theDistrictsPlanningAndWalkPagesNameNoWalker() throws Exception {
		List<String> names = jdbc.sql("select name from walker where association_id = 2 and status = 'ACTIVE'"
				+ " and name is not null").query(String.class).list();
		assertThat(names).hasSizeGreaterThan(5);
		long walk = world.walkInDays(world.walker(NightTestWorld.AIK), 9);
		DemoLogins logins = new DemoLogins(mvc);
		assertThat(page("/walks/new?agreement=1&association=2", logins, "distrikt")).contains("Planera en vandring")
			.doesNotContain("walk-leader").doesNotContain(names.toArray(String[]::new));
		for (String role : List.of("distrikt", "admin")) {
			assertThat(page("/walks/" + walk, logins, role)).contains("<h1")
				.doesNotContain(names.toArray(String[]::new)).doesNotContain("id=\"assign\"");
		}
		assertThat(page("/walks/new?agreement=1&association=2", logins, "aik")).contains("walk-leader")
			.contains(names.get(0));
		assertThat(page("/walks/" + walk, logins, "aik")).contains("id=\"assign\"");
	}

	@Test
	void aLeaderNamedByTheDistrictIsRefusedAndTheContactMayName() {
		long leader = world.walker(NightTestWorld.AIK).walkerId();
		var plan = new WalkPlan(NightTestWorld.CURRENT_AGREEMENT, NightTestWorld.AIK,
				java.time.LocalDate.now().plusDays(30), java.time.LocalTime.of(19, 30), java.time.LocalTime.of(22, 30),
				"Älvsjö station", List.of(), leader, 1, 8);

		assertThat(walks.check(plan, world.coordinator())).extracting(p -> p.messageKey())
			.contains("walk.error.leaderByAssociation");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> walks.plan(plan, world.coordinator()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(walks.plan(plan, world.contactOf(NightTestWorld.AIK)).teamLeaderId()).isEqualTo(leader);
	}

	private String page(String path, DemoLogins logins, String role) throws Exception {
		return mvc.get().uri(path).cookie(logins.session(role)).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
