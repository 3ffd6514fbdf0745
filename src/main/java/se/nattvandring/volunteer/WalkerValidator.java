package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.TextChecks;

/** Every problem with a walker or a training record at once, for the form and the API alike. */
final class WalkerValidator {

	/** No agreement lets anyone younger walk; a lower birth year is a typing slip, not a volunteer. */
	static final int YOUNGEST_AGE = 16;

	static final int OLDEST_AGE = 100;

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private WalkerValidator() {
	}

	/** @param emailTaken whether another walker already uses an address */
	static List<FieldViolation> validate(WalkerDraft draft, LocalDate today, Predicate<String> emailTaken) {
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("name", draft.name(), true, 200).ifPresent(problems::add);
		String phone = draft.phone();
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			problems.add(new FieldViolation("phone", "walker.error.phone"));
		}
		String email = draft.email();
		if (email != null && !email.isBlank()) {
			if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()
					|| se.nattvandring.shared.TextChecks.hasForbiddenCharacters(email, false)) {
				problems.add(new FieldViolation("email", "walker.error.email"));
			}
			else if (emailTaken.test(email.strip())) {
				problems.add(new FieldViolation("email", "walker.error.emailTaken"));
			}
		}
		LocalDate birthDate = draft.birthDate();
		if (birthDate == null) {
			problems.add(new FieldViolation("birthDate", "error.required"));
		}
		else {
			int age = AgeOnDate.yearsOn(birthDate, today);
			if (age < YOUNGEST_AGE || age > OLDEST_AGE) {
				problems.add(new FieldViolation("birthDate", "walker.error.age", YOUNGEST_AGE, OLDEST_AGE));
			}
		}
		if (draft.informedOn() == null) {
			problems.add(new FieldViolation("informedOn", "error.required"));
		}
		else if (draft.informedOn().isAfter(today)) {
			problems.add(new FieldViolation("informedOn", "walker.error.future"));
		}
		return problems;
	}

	static List<FieldViolation> validate(TrainingDraft draft, LocalDate today) {
		List<FieldViolation> problems = new ArrayList<>();
		TextChecks.problem("course", draft.course(), true, 200).ifPresent(problems::add);
		TextChecks.problem("provider", draft.provider(), true, 200).ifPresent(problems::add);
		if (draft.completedOn() == null) {
			problems.add(new FieldViolation("completedOn", "error.required"));
		}
		else if (draft.completedOn().isAfter(today)) {
			problems.add(new FieldViolation("completedOn", "walker.error.future"));
		}
		else if (draft.validUntil() != null && draft.validUntil().isBefore(draft.completedOn())) {
			problems.add(new FieldViolation("validUntil", "walker.error.validUntilBeforeCompleted"));
		}
		return problems;
	}
}
