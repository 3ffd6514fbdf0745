package se.nattvandring.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.audit.AuditTrail;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** The place screens: the map page's form keeps what was typed, and a party answers a plan from its page. */
@IntegrationTest
class PlacePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aPlaceWithAPersonnummerInItsNoteIsRefusedAndNothingTypedIsLost() {
		var session = new DemoLogins(mvc).session("falt");
		var result = mvc.post().uri("/agreements/1/places").cookie(session).with(csrf())
			.param("name", "Torget").param("latitude", "59,2801").param("longitude", "18.0102").param("kind", "CENTRE")
			.param("priority", "1").param("reasons", "YOUTH_GATHERING", "VANDALISM")
			.param("note", "Fråga efter 850709-9805 på kvällarna").exchange();

		assertThat(result).hasStatus(400).bodyText()
			.contains("Texten ser ut att innehålla ett personnummer", "value=\"Torget\"", "value=\"59.2801\"",
					"850709-9805", "value=\"VANDALISM\" name=\"reasons\" checked=\"checked\"");
	}

	@Test
	void aValidPlaceIsAddedAndItsHistoryStarts() {
		var session = new DemoLogins(mvc).session("aik");
		var result = mvc.post().uri("/agreements/1/places").cookie(session).with(csrf())
			.param("name", "Skateparken").param("latitude", "59.2811").param("longitude", "18.0155")
			.param("kind", "SPORTS_GROUND").param("priority", "2").exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/1/places");
		assertThat(mvc.get().uri("/agreements/1/places").cookie(session)).bodyText().contains("Skateparken");
	}

	/** Every party adds places; only the adding organisation and the district change one. */
	@Test
	void anotherAssociationCannotChangeAPlaceTheAuthorAndTheDistrictCan() {
		var aik = new DemoLogins(mvc).session("aik");
		mvc.post().uri("/agreements/1/places").cookie(aik).with(csrf()).param("name", "Bollplanen vid Solberga")
			.param("latitude", "59.2790").param("longitude", "18.0120").param("kind", "SPORTS_GROUND")
			.param("priority", "2").exchange();
		long place = jdbc.sql("select id from place where name = 'Bollplanen vid Solberga'").query(Long.class).single();

		var byFolkparken = mvc.post().uri("/places/" + place).cookie(new DemoLogins(mvc).session("folkparken"))
			.with(csrf()).param("name", "Omdöpt").param("latitude", "59.2790").param("longitude", "18.0120")
			.param("kind", "SPORTS_GROUND").param("priority", "1").exchange();

		assertThat(byFolkparken).hasStatus(403);
		assertThat(nameOf(place)).isEqualTo("Bollplanen vid Solberga");
		assertThat(mvc.get().uri("/agreements/1/places").cookie(new DemoLogins(mvc).session("folkparken")))
			.bodyText().doesNotContain("/places/" + place + "/edit");
		assertThat(mvc.get().uri("/agreements/1/places").cookie(aik)).bodyText()
			.contains("/places/" + place + "/edit");
		assertThat(mvc.post().uri("/places/" + place).cookie(new DemoLogins(mvc).session("falt")).with(csrf())
			.param("name", "Bollplanen, Solberga").param("latitude", "59.2790").param("longitude", "18.0120")
			.param("kind", "SPORTS_GROUND").param("priority", "1").exchange()).hasStatus3xxRedirection();
		assertThat(nameOf(place)).isEqualTo("Bollplanen, Solberga");
	}

	private String nameOf(long place) {
		return jdbc.sql("select name from place where id = :id").param("id", place).query(String.class).single();
	}

	@Test
	void answersFromTheWrongPartyOrToAnOldVersionAreRefusedInWords() {
		var coordinator = new DemoLogins(mvc).session("distrikt");
		var notRequired = mvc.post().uri("/place-plans/1/answers").cookie(coordinator).with(csrf())
			.param("agreementId", "1").param("decision", "APPROVE").exchange();
		assertThat(mvc.get().uri("/agreements/1/place-plans").cookie(coordinator)).bodyText()
			.contains("Din organisation behöver inte godkänna den här platsplanen.");

		var fieldAssistant = new DemoLogins(mvc).session("falt");
		mvc.post().uri("/place-plans/1/answers").cookie(fieldAssistant).with(csrf()).param("agreementId", "1")
			.param("decision", "APPROVE").exchange();
		assertThat(mvc.get().uri("/agreements/1/place-plans").cookie(fieldAssistant)).bodyText()
			.contains("Version 1 är inte längre aktuell. Svara på version 2 i stället.");
		assertThat(notRequired).hasStatus3xxRedirection();
	}

	@Test
	void theWaitingPartySeesThePlanInItsToDoList() {
		var session = new DemoLogins(mvc).session("folkparken");
		assertThat(mvc.get().uri("/").cookie(session)).bodyText().contains("Platsplaner väntar på ditt godkännande");
		assertThat(mvc.get().uri("/place-plans/todo").cookie(session)).bodyText()
			.contains("IOP nattvandring Älvsjö/Solberga: version 2");
		assertThat(mvc.get().uri("/place-plans/todo").cookie(new DemoLogins(mvc).session("aik"))).bodyText()
			.doesNotContain("IOP nattvandring Älvsjö/Solberga: version 2");
	}

	@Test
	void approvalsAreInTheAuditTrail() {
		assertThat(auditTrail.history("place-plan", "1", 20)).extracting("action")
			.contains("created", "approved", "inForce");
	}
}
