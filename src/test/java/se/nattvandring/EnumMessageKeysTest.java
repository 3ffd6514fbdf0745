package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.nattvandring.support.Templates;

/**
 * A template that builds a key from an enum, such as {@code #{'home.heading.' + ${role}}}, needs a key for every
 * constant in both languages: {@code MessageBundleKeysTest} sees only literal keys, and a role without its start page
 * words showed the board a message key. Each prefix a template builds on is named here with its enum, or with the
 * reason it is not one; a new prefix fails until someone decides.
 */
class EnumMessageKeysTest {

	static final Map<String, String> ENUMS = Map.ofEntries(Map.entry("cadence.", "agreement.PaymentCadence"),
			Map.entry("incompleteBlock.", "agreement.IncompleteBlock"),
			Map.entry("invitation.kind.", "identity.OrganisationKind"),
			Map.entry("criterion.", "agreement.CriteriaEvaluation$Criterion"),
			Map.entry("outcome.", "agreement.CriteriaEvaluation$Outcome"),
			Map.entry("partyRole.", "agreement.PartyRole"), Map.entry("unit.rate.", "agreement.CompensationUnit"),
			Map.entry("decision.choose.", "walk.WalkDecisions$Step"),
			Map.entry("decision.step.", "walk.WalkDecisions$Step"),
			Map.entry("dialogue.changed.", "followup.DialogueMeeting$Changed"),
			Map.entry("evaluation.outcome.", "followup.PeriodRecords$Outcome"),
			Map.entry("evaluation.recommendation.", "followup.PeriodRecords$Recommendation"),
			Map.entry("home.heading.", "identity.Role"), Map.entry("home.intro.", "identity.Role"),
			Map.entry("role.", "identity.Role"), Map.entry("knowledgeSource.", "place.KnowledgeSource"),
			Map.entry("placeKind.", "place.PlaceKind"), Map.entry("placePlan.status.", "place.PlanView$Status"),
			Map.entry("placeReason.", "place.PlaceReason"), Map.entry("leaderRule.", "walk.NightSettings$LeaderRule"),
			Map.entry("observation.", "walk.ObservationCategory"), Map.entry("help.", "walk.HelpCalled"),
			Map.entry("walkStatus.", "walk.WalkStatus"), Map.entry("walkerStatus.", "volunteer.WalkerStatus"),
			Map.entry("payment.lineStatus.", "payment.PaymentBasis$LineStatus"),
			Map.entry("payment.mode.", "payment.PaymentMode"), Map.entry("payment.status.", "payment.BasisStatus"));

	/** Prefixes whose suffix is not an enum constant, and where their keys are held. */
	static final Map<String, String> NOT_ENUMS = Map.ofEntries(Map.entry("audit.action.", "AuditActionsHaveWordsTests"),
			Map.entry("error.heading.", "the HTTP statuses the error page names, each with its fallback"),
			Map.entry("error.text.", "the HTTP statuses the error page names, each with its fallback"),
			Map.entry("evaluation.", "a list of figure names written in the same template"),
			Map.entry("invoicing.", "a list of field names written in the same template"),
			Map.entry("setup.", "a list of field names written in the same template"),
			Map.entry("district.", "a list of field names written in the same template"),
			Map.entry("invitation.", "a list of field names written in the same template"),
			Map.entry("invitation.partner.", "a list of field names written in the same template"),
			Map.entry("extract.table.", "RegisterExtractTests: the tables that refer to a walker"),
			Map.entry("place.priority.", "the numbers 1 to 3"), Map.entry("weekday.", "java.time.DayOfWeek"));

	@Test
	void everyConstantOfAnEnumATemplateNamesHasItsKeyInBothLanguages() throws Exception {
		Set<String> prefixes = prefixesInTemplates();
		assertThat(prefixes).as("keys built in a template from a value: name the enum or the reason here")
			.allMatch(prefix -> ENUMS.containsKey(prefix) || NOT_ENUMS.containsKey(prefix));

		Set<String> missing = new TreeSet<>();
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties keys = MessageBundleKeysTest.load(bundle);
			for (Map.Entry<String, String> entry : ENUMS.entrySet()) {
				for (Object constant : Class.forName("se.nattvandring." + entry.getValue()).getEnumConstants()) {
					String key = entry.getKey() + ((Enum<?>) constant).name();
					if (!keys.containsKey(key)) {
						missing.add(bundle + ": " + key);
					}
				}
			}
			for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
				if (!keys.containsKey("weekday." + day)) {
					missing.add(bundle + ": weekday." + day);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> prefixesInTemplates() {
		Set<String> prefixes = Templates.found(Pattern.compile("#\\{'([a-zA-Z][\\w.]*\\.)' \\+"));
		assertThat(prefixes).as("the test reads the templates").contains("home.heading.", "walkStatus.");
		return prefixes;
	}
}
