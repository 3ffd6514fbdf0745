package se.nattvandring.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.Money;
import se.nattvandring.shared.Snapshots;

/**
 * An IOP agreement: who takes part, for how long, what a completed walk is and what it pays. Created and revised only
 * from validated {@link AgreementTerms}; each change publishes an event carrying exactly what changed.
 */
@Table("agreement")
public class Agreement extends AbstractAggregateRoot<Agreement> {

	private @Id @Nullable Long id;

	private @Version @Nullable Integer version;

	private String title;

	private String caseNumber;

	private @Nullable LocalDate decisionDate;

	private String area;

	private @Nullable String purpose;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private @Nullable LocalDate extensionPossibleUntil;

	@Embedded.Empty(prefix = "compensation_")
	private CompensationRule compensation;

	@Embedded.Empty(prefix = "criteria_")
	private CompletionCriteria criteria;

	@Embedded.Empty(prefix = "invoicing_")
	private InvoicingReference invoicing;

	@MappedCollection(idColumn = "agreement_id", keyColumn = "position")
	private List<Party> parties;

	@MappedCollection(idColumn = "agreement_id", keyColumn = "position")
	private List<ExtensionDecision> extensionDecisions;

	/** The compensation's price and the criteria above are in force from this date on. */
	private LocalDate termsEffectiveFrom;

	/** The terms in force before, each with its dates; a walk of those dates is judged and paid under them. */
	@MappedCollection(idColumn = "agreement_id", keyColumn = "position")
	private List<TermsVersion> earlierTerms;

	private Instant updatedAt;

	@PersistenceCreator
	Agreement(@Nullable Long id, @Nullable Integer version, String title, String caseNumber,
			@Nullable LocalDate decisionDate, String area, @Nullable String purpose, LocalDate periodStart,
			LocalDate periodEnd, @Nullable LocalDate extensionPossibleUntil, CompensationRule compensation,
			CompletionCriteria criteria, InvoicingReference invoicing, List<Party> parties,
			List<ExtensionDecision> extensionDecisions, LocalDate termsEffectiveFrom, List<TermsVersion> earlierTerms,
			Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.caseNumber = caseNumber;
		this.decisionDate = decisionDate;
		this.area = area;
		this.purpose = purpose;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.extensionPossibleUntil = extensionPossibleUntil;
		this.compensation = compensation;
		this.criteria = criteria;
		this.invoicing = invoicing;
		this.parties = parties;
		this.extensionDecisions = extensionDecisions;
		this.termsEffectiveFrom = termsEffectiveFrom;
		this.earlierTerms = earlierTerms;
		this.updatedAt = updatedAt;
	}

	/** @param terms terms that {@link AgreementTermsValidator} has passed */
	static Agreement create(AgreementTerms terms, Instant now) {
		Agreement agreement = new Agreement(null, null, "", "", null, "", null, LocalDate.EPOCH, LocalDate.EPOCH, null,
				null, null, null, List.of(), List.of(), LocalDate.EPOCH, List.of(), now);
		agreement.apply(terms, now);
		agreement.termsEffectiveFrom = agreement.periodStart;
		return agreement;
	}

	/** The creation can only be told once the first save has given the agreement its id. */
	AgreementEvents.AgreementCreated creationEvent() {
		return new AgreementEvents.AgreementCreated(requiredId(), snapshot());
	}

	/**
	 * A revision of price or criteria applies from the date the terms give, never backwards over a paid walk: the terms
	 * in force until then are kept as a version, and the walks of their dates are judged and paid under them.
	 * @param terms terms that {@link AgreementTermsValidator} has passed
	 * @param lastPaidWalk the date of the latest walk a basis has paid, if any
	 * @throws InvalidInputException at {@code effectiveFrom}, when the revision has no date, or one it may not have
	 */
	void revise(AgreementTerms terms, Instant now, @Nullable LocalDate lastPaidWalk) {
		Map<String, String> before = snapshot();
		UnitPrice oldPrice = compensation.price();
		CompletionCriteria oldCriteria = criteria;
		LocalDate oldFrom = termsEffectiveFrom;
		apply(terms, now);
		if (!oldPrice.equals(compensation.price()) || !oldCriteria.equals(criteria)) {
			LocalDate from = terms.effectiveFrom();
			String problem = from == null ? "agreement.error.effectiveFrom.required"
					: from.isBefore(oldFrom) ? "agreement.error.effectiveFrom.beforeCurrent"
					: !new Period(periodStart, effectiveEnd()).contains(from) ? "agreement.error.effectiveFrom.outsideTerm"
					: lastPaidWalk != null && !lastPaidWalk.isBefore(from) ? "agreement.error.effectiveFrom.paid"
					: null;
			if (problem != null) {
				throw new InvalidInputException(List.of(new FieldViolation("effectiveFrom", problem,
						lastPaidWalk == null ? "" : lastPaidWalk.toString(), oldFrom.toString())));
			}
			if (from.isAfter(oldFrom)) {
				List<TermsVersion> versions = new java.util.ArrayList<>(earlierTerms);
				versions.add(TermsVersion.of(oldFrom, from.minusDays(1), oldPrice, oldCriteria));
				earlierTerms = List.copyOf(versions);
			}
			termsEffectiveFrom = from;
		}
		else if (earlierTerms.isEmpty()) {
			termsEffectiveFrom = periodStart;
		}
		Map<String, List<String>> changes = Snapshots.changes(before, snapshot());
		if (!changes.isEmpty()) {
			registerEvent(new AgreementEvents.AgreementRevised(requiredId(), changes));
		}
	}

	/**
	 * Records the decision to extend, as the board's follow-up makes it. The same limits as the form's: the option
	 * must exist, and the new end lies after today's end and within the option.
	 */
	void extend(ExtensionDecision decision, Instant now) {
		LocalDate end = extensionDecisions.stream().map(ExtensionDecision::extendedTo).filter(periodEnd::isBefore)
			.max(LocalDate::compareTo).orElse(periodEnd);
		String problem = extensionPossibleUntil == null ? "agreement.error.extension.noOption"
				: decision.extendedTo().isAfter(extensionPossibleUntil) ? "agreement.error.extension.beyondOption"
				: !decision.extendedTo().isAfter(end) ? "agreement.error.extension.notAfterEnd" : null;
		if (problem != null) {
			throw new InvalidInputException(List.of(new FieldViolation("extendedTo", problem)));
		}
		Map<String, String> before = snapshot();
		List<ExtensionDecision> decided = new java.util.ArrayList<>(extensionDecisions);
		decided.add(decision);
		decided.sort(Comparator.comparing(ExtensionDecision::extendedTo));
		this.extensionDecisions = List.copyOf(decided);
		this.updatedAt = now;
		registerEvent(new AgreementEvents.AgreementRevised(requiredId(), Snapshots.changes(before, snapshot())));
	}

	private void apply(AgreementTerms terms, Instant now) {
		var c = Objects.requireNonNull(terms.compensation());
		var k = Objects.requireNonNull(terms.criteria());
		var i = terms.invoicing();
		this.title = Objects.requireNonNull(terms.title()).strip();
		this.caseNumber = Objects.requireNonNull(terms.caseNumber()).strip();
		this.decisionDate = terms.decisionDate();
		this.area = Objects.requireNonNull(terms.area()).strip();
		this.purpose = blankToNull(terms.purpose());
		this.periodStart = Objects.requireNonNull(terms.periodStart());
		this.periodEnd = Objects.requireNonNull(terms.periodEnd());
		this.extensionPossibleUntil = terms.extensionPossibleUntil();
		this.compensation = new CompensationRule(c.unit(), new Money(c.rateSek()),
				new RateTable(c.rateList().stream()
					.map(r -> new RateTable.Step(r.minWalkers(), new Money(r.rateSek()))).toList()),
				c.blockSize() == null ? 1 : c.blockSize(),
				c.incompleteBlock() == null ? IncompleteBlock.NOTHING : c.incompleteBlock(),
				c.budgetCeilingSek() == null ? null : new Money(c.budgetCeilingSek()), c.quotaPerAssociation(),
				c.cadence(), Boolean.TRUE.equals(c.rateIncludesVat()));
		this.criteria = new CompletionCriteria(k.minWalkers(), k.minAge(), Boolean.TRUE.equals(k.trainingRequired()),
				k.windowStart(), k.windowEnd(), k.minDurationMinutes(), k.reportDeadlineDays());
		this.invoicing = i == null ? new InvoicingReference(null, null, null)
				: new InvoicingReference(blankToNull(i.peppolId()), blankToNull(i.referenceCode()),
						blankToNull(i.billingAddress()));
		this.parties = terms.partyList().stream().map(p -> new Party(p.organisationId(), p.role())).toList();
		this.extensionDecisions = terms.extensionList().stream()
			.map(e -> new ExtensionDecision(e.extendedTo(), e.decidedOn(), e.decidedBy().strip(),
					e.reference() == null ? "" : e.reference().strip()))
			.sorted(Comparator.comparing(ExtensionDecision::extendedTo))
			.toList();
		this.updatedAt = now;
	}

	public boolean hasParty(long organisationId) {
		return parties.stream().anyMatch(p -> p.organisationId() == organisationId);
	}

	public boolean hasParty(long organisationId, PartyRole role) {
		return parties.contains(new Party(organisationId, role));
	}

	/** Flat field-to-text view, for the audit trail's “what changed”. */
	Map<String, String> snapshot() {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("title", title);
		s.put("caseNumber", caseNumber);
		s.put("decisionDate", String.valueOf(decisionDate));
		s.put("area", area);
		s.put("purpose", String.valueOf(purpose));
		s.put("periodStart", periodStart.toString());
		s.put("periodEnd", periodEnd.toString());
		s.put("extensionPossibleUntil", String.valueOf(extensionPossibleUntil));
		s.put("extensionDecisions", extensionDecisions.toString());
		s.put("parties", parties.toString());
		s.put("compensation", compensation.toString());
		s.put("criteria", criteria.toString());
		s.put("invoicing", invoicing.toString());
		s.put("termsEffectiveFrom", String.valueOf(termsEffectiveFrom));
		return s;
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Agreement not saved yet");
		}
		return id;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public @Nullable Long id() { return id; }
	public int version() { return version == null ? 0 : version; }
	public String title() { return title; }
	public String caseNumber() { return caseNumber; }
	public @Nullable LocalDate decisionDate() { return decisionDate; }
	public String area() { return area; }
	public @Nullable String purpose() { return purpose; }
	public Period period() { return new Period(periodStart, periodEnd); }
	public LocalDate termsEffectiveFrom() { return termsEffectiveFrom; }
	public List<TermsVersion> earlierTerms() { return List.copyOf(earlierTerms); }

	/** The term with every decided extension. */
	public LocalDate effectiveEnd() {
		return extensionDecisions.stream().map(ExtensionDecision::extendedTo).filter(periodEnd::isBefore)
			.max(LocalDate::compareTo).orElse(periodEnd);
	}

	/** The whole payment rule: today's terms, the earlier versions, and the term with its extensions. */
	public PaymentRule paymentRule() {
		return new PaymentRule(compensation, criteria, termsEffectiveFrom, earlierTerms,
				new Period(periodStart, effectiveEnd()));
	}

	/** The criteria a walk of that date is judged by. */
	public CompletionCriteria criteriaOn(LocalDate date) {
		return paymentRule().criteriaOn(date);
	}
	public @Nullable LocalDate extensionPossibleUntil() { return extensionPossibleUntil; }
	public CompensationRule compensation() { return compensation; }
	public CompletionCriteria criteria() { return criteria; }
	public InvoicingReference invoicing() { return invoicing; }
	public List<Party> parties() { return List.copyOf(parties); }
	public List<ExtensionDecision> extensionDecisions() { return List.copyOf(extensionDecisions); }
	public Instant updatedAt() { return updatedAt; }
}
