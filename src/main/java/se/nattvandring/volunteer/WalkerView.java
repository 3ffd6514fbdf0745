package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A walker as lists show them. {@code trainedUntil} is the last day of the longest-running valid training, null when
 * a valid training never expires, and {@code trained} says whether any is valid today.
 */
public record WalkerView(long id, long associationId, @Nullable String name, @Nullable String phone,
		@Nullable String email, @Nullable LocalDate birthDate, WalkerStatus status, @Nullable LocalDate informedOn,
		@Nullable LocalDate inactiveSince, boolean invited, boolean trained, @Nullable LocalDate trainedUntil,
		int openLoans) {

	/**
	 * What the foundation needs to record training: who the walker is and whether they are trained, without the
	 * phone, e-mail and birth date that only their association uses.
	 */
	WalkerView forTraining() {
		return new WalkerView(id, associationId, name, null, null, null, status, informedOn, inactiveSince, invited,
				trained, trainedUntil, openLoans);
	}

	/** How lists name an anonymised walker. */
	public String displayName() {
		return name == null ? "#" + id : name;
	}
}
