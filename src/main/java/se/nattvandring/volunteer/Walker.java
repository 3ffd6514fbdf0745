package se.nattvandring.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.nattvandring.shared.RuleViolationException;

/**
 * An adult volunteer of one association. Each change of status is a method that refuses a wrong start; an anonymised
 * walker is closed for good and keeps only its id, association and training dates, which the statistics count.
 */
@Table("walker")
public class Walker {

	private @Id @Nullable Long id;

	private @Version @Nullable Integer version;

	private long associationId;

	private @Nullable Long userAccountId;

	private @Nullable String name;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable LocalDate birthDate;

	private WalkerStatus status;

	private @Nullable LocalDate informedOn;

	private @Nullable LocalDate inactiveSince;

	private @Nullable Instant anonymisedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "walker_id", keyColumn = "position")
	private List<Training> trainings;

	@MappedCollection(idColumn = "walker_id", keyColumn = "position")
	private List<Loan> loans;

	@PersistenceCreator
	Walker(@Nullable Long id, @Nullable Integer version, long associationId, @Nullable Long userAccountId,
			@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable LocalDate birthDate,
			WalkerStatus status, @Nullable LocalDate informedOn, @Nullable LocalDate inactiveSince,
			@Nullable Instant anonymisedAt, Instant createdAt, Instant updatedAt, List<Training> trainings,
			List<Loan> loans) {
		this.id = id;
		this.version = version;
		this.associationId = associationId;
		this.userAccountId = userAccountId;
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.birthDate = birthDate;
		this.status = status;
		this.informedOn = informedOn;
		this.inactiveSince = inactiveSince;
		this.anonymisedAt = anonymisedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.trainings = new ArrayList<>(trainings);
		this.loans = new ArrayList<>(loans);
	}

	/** @param draft a draft that {@link WalkerValidator} has passed */
	static Walker register(long associationId, WalkerDraft draft, Instant now) {
		Walker walker = new Walker(null, null, associationId, null, null, null, null, null, WalkerStatus.ACTIVE, null,
				null, null, now, now, List.of(), List.of());
		walker.apply(draft, now);
		return walker;
	}

	/** @return the names of the fields that changed; never their values, which the audit trail must not keep */
	List<String> revise(WalkerDraft draft, Instant now) {
		requireNotAnonymised();
		List<String> before = fields();
		apply(draft, now);
		List<String> after = fields();
		List<String> changed = new ArrayList<>();
		String[] names = { "name", "phone", "email", "birthDate", "informedOn" };
		for (int i = 0; i < names.length; i++) {
			if (!Objects.equals(before.get(i), after.get(i))) {
				changed.add(names[i]);
			}
		}
		return changed;
	}

	private void apply(WalkerDraft draft, Instant now) {
		this.name = Objects.requireNonNull(draft.name()).strip();
		this.phone = blankToNull(draft.phone());
		this.email = blankToNull(draft.email());
		this.birthDate = Objects.requireNonNull(draft.birthDate());
		this.informedOn = draft.informedOn();
		this.updatedAt = now;
	}

	private List<String> fields() {
		return java.util.Arrays.asList(name, phone, email, String.valueOf(birthDate), String.valueOf(informedOn));
	}

	void deactivate(LocalDate today, Instant now) {
		if (status != WalkerStatus.ACTIVE) {
			throw new RuleViolationException("walker.error.notActive");
		}
		status = WalkerStatus.INACTIVE;
		inactiveSince = today;
		updatedAt = now;
	}

	void reactivate(Instant now) {
		if (status != WalkerStatus.INACTIVE) {
			throw new RuleViolationException("walker.error.notInactive");
		}
		status = WalkerStatus.ACTIVE;
		inactiveSince = null;
		updatedAt = now;
	}

	void linkAccount(long accountId, Instant now) {
		requireActive();
		if (userAccountId != null) {
			throw new RuleViolationException("walker.error.alreadyInvited");
		}
		if (email == null) {
			throw new RuleViolationException("walker.error.noEmail");
		}
		userAccountId = accountId;
		updatedAt = now;
	}

	void recordTraining(Training training, Instant now) {
		requireNotAnonymised();
		trainings.add(training);
		updatedAt = now;
	}

	void lend(String item, LocalDate lentOn, Instant now) {
		requireActive();
		loans.add(new Loan(item, lentOn, null));
		updatedAt = now;
	}

	void giveBack(int loanIndex, LocalDate returnedOn, Instant now) {
		if (loanIndex < 0 || loanIndex >= loans.size() || !loans.get(loanIndex).open()) {
			throw new RuleViolationException("walker.error.noSuchLoan");
		}
		Loan loan = loans.get(loanIndex);
		if (returnedOn.isBefore(loan.lentOn())) {
			throw new RuleViolationException("walker.error.returnedBeforeLent");
		}
		loans.set(loanIndex, new Loan(loan.item(), loan.lentOn(), returnedOn));
		updatedAt = now;
	}

	/** Clears every identifying field for good. Loans go too: they say nothing a statistic needs. */
	void anonymise(Instant now) {
		if (status != WalkerStatus.INACTIVE) {
			throw new RuleViolationException("walker.error.notInactive");
		}
		status = WalkerStatus.ANONYMISED;
		name = null;
		phone = null;
		email = null;
		birthDate = null;
		informedOn = null;
		loans.clear();
		anonymisedAt = now;
		updatedAt = now;
	}

	/** Whole years on {@code date}, as {@link AgeOnDate} counts them. */
	public int ageOn(LocalDate date) {
		if (birthDate == null) {
			throw new IllegalStateException("An anonymised walker has no age");
		}
		return AgeOnDate.yearsOn(birthDate, date);
	}

	public boolean trainedOn(LocalDate date) {
		return trainings.stream().anyMatch(t -> t.validOn(date));
	}

	private void requireActive() {
		if (status != WalkerStatus.ACTIVE) {
			throw new RuleViolationException("walker.error.notActive");
		}
	}

	private void requireNotAnonymised() {
		if (status == WalkerStatus.ANONYMISED) {
			throw new RuleViolationException("walker.error.anonymised");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public long requiredId() {
		if (id == null) {
			throw new IllegalStateException("Walker not saved yet");
		}
		return id;
	}

	// @formatter:off
	public long associationId() { return associationId; }
	public @Nullable Long userAccountId() { return userAccountId; }
	public @Nullable String name() { return name; }
	public @Nullable String phone() { return phone; }
	public @Nullable String email() { return email; }
	public @Nullable LocalDate birthDate() { return birthDate; }
	public WalkerStatus status() { return status; }
	public @Nullable LocalDate informedOn() { return informedOn; }
	public @Nullable LocalDate inactiveSince() { return inactiveSince; }
	public @Nullable Instant anonymisedAt() { return anonymisedAt; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public List<Training> trainings() { return List.copyOf(trainings); }
	public List<Loan> loans() { return List.copyOf(loans); }
	// @formatter:on
}
