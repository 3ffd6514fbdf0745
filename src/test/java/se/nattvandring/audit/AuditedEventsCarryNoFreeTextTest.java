package se.nattvandring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import se.nattvandring.shared.AuditableEvent;

/**
 * Every event that reaches the audit trail, found on the class path as {@code RegisterExtractTests} finds the tables:
 * the trail is append-only, so it may keep ids, codes, dates and counts, never text typed about a person. A text
 * component must be one of the codes below; a map or list must be named here with the reason it is safe. A new event
 * with a free-text field fails until someone decides.
 */
class AuditedEventsCarryNoFreeTextTest {

	/** Text that is a code, a username, a date or a status, never typed prose. */
	static final Set<String> CODES = Set.of("by", "seriesId", "action", "entityId", "kind", "change", "role",
			"decision", "language", "username", "completedOn", "validUntil", "reason", "entityType");

	/** Text or structures that are typed, but about organisations, places and agreements, and checked below. */
	static final Map<String, String> REVIEWED = Map.ofEntries(
			Map.entry("OrganisationRegistered.name", "an organisation's registered name"),
			Map.entry("TokenEvent.name", "the label its owner gives a token, shown to them alone"),
			Map.entry("AccountCreated.roles", "role codes"),
			Map.entry("RolesChanged.before", "role codes"),
			Map.entry("RolesChanged.after", "role codes"),
			Map.entry("WalkerRevised.fields", "field names only, never the values"),
			Map.entry("PlaceAdded.place", "Place.snapshot: the note is a fingerprint, not its words"),
			Map.entry("PlaceRevised.changes", "Place.snapshot: the note is a fingerprint, not its words"),
			Map.entry("PlaceApproversConfigured.approvers", "party role codes"),
			Map.entry("PlacePlanDrafted.placeIds", "ids"),
			Map.entry("AgreementCreated.terms", "the agreement's terms, a public document of the district"),
			Map.entry("AgreementRevised.changes", "the agreement's terms, a public document of the district"),
			Map.entry("InvoicingDetailsChanged.changes", "an association's numbers, VAT status and postal address"),
			Map.entry("PayeeChangeRequested.fields", "field names only, never the numbers"),
			Map.entry("PayeeChangeConfirmed.fields", "field names only, never the numbers"),
			Map.entry("PayeeChangeConfirmed.requestedBy", "the username of whoever asked for the change"),
			Map.entry("BasisIssued.paidWalkIds", "ids"),
			Map.entry("WalkersImported.walkerIds", "ids"),
			Map.entry("NightCorrected.fields", "field names only; the reason stays in walk_correction"),
			Map.entry("Written.fields", "field names, codes and dates; what people wrote stays in the follow-up tables"),
			Map.entry("NightEntryRecorded.facts", "a category, counts and a place id; a note's words never"));

	static final Set<String> FREE_TEXT_NAMES = Set.of("note", "comment", "item", "text", "summary", "course",
			"description", "name", "email", "phone");

	@Test
	void noAuditedEventCarriesFreeTextAboutAPerson() throws Exception {
		List<Class<?>> events = auditedEvents();
		List<String> problems = new ArrayList<>();
		for (Class<?> event : events) {
			assertThat(event.isRecord()).as("%s is a record, so its fields can be checked", event.getName()).isTrue();
			for (RecordComponent component : event.getRecordComponents()) {
				String key = event.getSimpleName() + "." + component.getName();
				Class<?> type = component.getType();
				boolean text = type == String.class;
				boolean structure = Map.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type);
				if (REVIEWED.containsKey(key)) {
					continue;
				}
				if (text && !CODES.contains(component.getName()) || structure
						|| FREE_TEXT_NAMES.contains(component.getName())) {
					problems.add(key + " (" + type.getSimpleName() + ")");
				}
			}
		}
		assertThat(events).as("the audited events found").hasSizeGreaterThan(25);
		assertThat(problems).as("fields that may carry free text into the append-only trail").isEmpty();
	}

	@Test
	void theLoanAndTheTrainingAreNamedByNumberAndDateNotByTheirTypedText() throws Exception {
		assertThat(components("LoanChanged")).containsExactly("walkerId", "loanNumber", "change");
		assertThat(components("TrainingRecorded")).doesNotContain("course");
		assertThat(components("PlacePlanAnswered")).doesNotContain("comment");
	}

	private List<String> components(String simpleName) throws Exception {
		Class<?> event = auditedEvents().stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
			.orElseThrow();
		return java.util.Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	private static List<Class<?>> auditedEvents() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("se.nattvandring")) {
			Class<?> type = Class.forName(definition.getBeanClassName());
			// Events that tests make up to try the trail itself are not the product's.
			if (!type.getName().contains("Tests$") && !type.getName().contains("Test$")) {
				found.add(type);
			}
		}
		return found;
	}
}
