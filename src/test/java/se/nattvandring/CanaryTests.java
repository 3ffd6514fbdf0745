package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.approval.Decisions;
import se.nattvandring.approval.Decisions.Decision;
import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.PageCrawler;
import se.nattvandring.walk.NightTestWorld;
import se.nattvandring.walk.WalkDecisions.Step;

/**
 * One world in which every personal or sensitive field holds a value found nowhere else: a walker's name, phone,
 * e-mail and birth date, an observation's note, a report's text, an association's bankgiro and plusgiro. Then every
 * role reads every page its links reach and every API read in the API document, and each canary must appear exactly
 * where docs/data-per-role.md says: the expected table below is that document's, cell by cell. A field that leaks to
 * one more role, or a page that stops showing it to the role that needs it, fails the test.
 */
@IntegrationTest
@Transactional
class CanaryTests {

	enum Canary {
		NAME("Kanarienamn Fågelsdotter"), PHONE("070-999 00 11"), EMAIL("kanarie.epost@canary.example"),
		BIRTH_DATE("1979-02-13"), NOTE("Kanarieanteckning vid torget"), REPORT("Kanarierapport från kvällen"),
		BANKGIRO("5555-9876"), PLUSGIRO("987654-1");

		final String value;

		Canary(String value) {
			this.value = value;
		}

		/** As written, or as a payment file writes an account: digits only. */
		boolean foundIn(String body) {
			return body.contains(value) || (this == BANKGIRO || this == PLUSGIRO)
					&& body.contains(value.replaceAll("[^0-9]", ""));
		}
	}

	/** docs/data-per-role.md, as canaries: who sees what of an Älvsjö AIK walk, its walker and AIK's payee. */
	static final Map<String, Set<Canary>> EXPECTED = expected();

	private static Map<String, Set<Canary>> expected() {
		Map<String, Set<Canary>> expected = new TreeMap<>();
		// The district reads the payee's account in the bases it pays: an issued one carries it, frozen (bankgiro
		// first, so the plusgiro is not written when both are known).
		Set<Canary> district = Set.of(Canary.NOTE, Canary.REPORT, Canary.BANKGIRO);
		expected.put("distrikt", district);
		expected.put("chef", district);
		expected.put("falt", Set.of(Canary.NOTE, Canary.REPORT));
		expected.put("admin", Set.of(Canary.NOTE, Canary.REPORT));
		expected.put("aik", Set.of(Canary.values()));
		// The association's walkers see its walks in full, and the team leader's phone on the night page.
		expected.put("vandrare", Set.of(Canary.NAME, Canary.PHONE, Canary.NOTE, Canary.REPORT));
		expected.put("folkparken", Set.of());
		expected.put("stiftelsen", Set.of(Canary.NAME, Canary.REPORT));
		expected.put("namnd", Set.of());
		expected.put("anonymous", Set.of());
		return expected;
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NightTestWorld world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Decisions decisions;

	private long walk;

	private long walker;

	@Test
	void everyCanaryAppearsExactlyWhereTheDocumentSays() throws Exception {
		seedCanaries();
		DemoLogins logins = new DemoLogins(mvc);
		// The walk approved and drawn into a draft basis, which shows the payee's details as they are now.
		decisions.decide(walk, new Decision(Step.APPROVE, null, null), world.coordinator());
		java.time.LocalDate walked = jdbc.sql("select walk_date from walk where id = :id").param("id", walk)
			.query(java.time.LocalDate.class).single();
		mvc.post().uri("/agreements/" + NightTestWorld.CURRENT_AGREEMENT + "/payments")
			.cookie(logins.session("distrikt")).with(csrf()).param("associationId", String.valueOf(NightTestWorld.AIK))
			.param("period", walked.toString()).exchange();
		long basis = jdbc.sql("select basis_id from payment_basis_walk where walk_id = :w").param("w", walk)
			.query(Long.class).single();
		// Issued, it is frozen with the payee's details, which its documents (Peppol, SIE, CSV) carry.
		mvc.post().uri("/payments/" + basis + "/issue").cookie(logins.session("distrikt")).with(csrf()).exchange();
		assertThat(jdbc.sql("select status from payment_basis where id = :id").param("id", basis)
			.query(String.class).single()).isEqualTo("ISSUED");
		Map<String, Map<Canary, Set<String>>> seen = new TreeMap<>();
		for (String role : EXPECTED.keySet()) {
			Map<String, String> reads = new LinkedHashMap<>();
			if (role.equals("anonymous")) {
				reads.putAll(new PageCrawler(mvc, 40).crawl(new Cookie("none", "x"), "/login", "/accessibility"));
				for (String api : apiReads()) {
					reads.put(api, text(mvc.get().uri(api).exchange().getResponse().getContentAsByteArray()));
				}
			}
			else {
				Cookie session = logins.session(role);
				reads.putAll(new PageCrawler(mvc, 250).crawl(session, "/", "/walks/" + walk, "/walkers/" + walker));
				for (String api : apiReads()) {
					reads.put(api, text(mvc.get().uri(api).header("Authorization", DemoLogins.bearer(role)).exchange()
						.getResponse().getContentAsByteArray()));
				}
			}
			Map<Canary, Set<String>> found = new TreeMap<>();
			reads.forEach((path, body) -> {
				for (Canary canary : Canary.values()) {
					if (canary.foundIn(body)) {
						found.computeIfAbsent(canary, any -> new TreeSet<>()).add(path);
					}
				}
			});
			seen.put(role, found);
		}

		Map<String, Set<Canary>> actual = new TreeMap<>();
		seen.forEach((role, found) -> actual.put(role, new TreeSet<>(found.keySet())));
		Map<String, Set<Canary>> expected = new TreeMap<>();
		EXPECTED.forEach((role, canaries) -> expected.put(role, new TreeSet<>(canaries)));
		assertThat(actual).as("where each canary was found: %s", seen).isEqualTo(expected);
	}

	/** The AIK walk of two evenings ago, its first walker, its note and report, and AIK's payee, all canaries. */
	private void seedCanaries() {
		walk = world.reportedWalk(3, Canary.NOTE.value);
		walker = jdbc.sql("select team_leader_id from walk where id = :id").param("id", walk).query(Long.class)
			.single();
		jdbc.sql("update walker set name = :name, phone = :phone, email = :email, birth_date = :born where id = :id")
			.param("name", Canary.NAME.value).param("phone", Canary.PHONE.value).param("email", Canary.EMAIL.value)
			.param("born", java.time.LocalDate.parse(Canary.BIRTH_DATE.value)).param("id", walker).update();
		jdbc.sql("""
				update user_account set display_name = :name, email = :email
				where id = (select user_account_id from walker where id = :id)
				""").param("name", Canary.NAME.value).param("email", Canary.EMAIL.value).param("id", walker).update();
		jdbc.sql("update walk set report_summary = :text where id = :id").param("text", Canary.REPORT.value)
			.param("id", walk).update();
		jdbc.sql("update organisation set bankgiro = :bg, plusgiro = :pg where id = :id")
			.param("bg", Canary.BANKGIRO.value).param("pg", Canary.PLUSGIRO.value).param("id", NightTestWorld.AIK)
			.update();
	}

	/** Every GET in the API document; a path's {id} is the canary world's own walk, walker, agreement or basis. */
	private List<String> apiReads() throws Exception {
		String document = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		var paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document).get("paths");
		Long basis = jdbc.sql("select max(id) from payment_basis where association_id = :a")
			.param("a", NightTestWorld.AIK).query(Long.class).single();
		Map<String, Object> ids = Map.of("walks", walk, "walkers", walker, "agreements",
				NightTestWorld.CURRENT_AGREEMENT, "associations", NightTestWorld.AIK, "organisations",
				NightTestWorld.AIK, "payment-bases", basis == null ? 0 : basis);
		List<String> reads = new ArrayList<>();
		paths.propertyNames().forEach(path -> {
			if (paths.get(path).has("get")) {
				String filled = path;
				for (var id : ids.entrySet()) {
					filled = filled.replace("/" + id.getKey() + "/{id}", "/" + id.getKey() + "/" + id.getValue());
				}
				if (!filled.contains("{")) {
					reads.add(filled);
				}
			}
		});
		assertThat(reads).contains("/api/v1/walks/" + walk, "/api/v1/walkers/" + walker);
		return reads;
	}

	private static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}
}
