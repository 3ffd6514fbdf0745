package se.nattvandring.walk;

/** What the team noted, after the “Larma – Observera – Notera” rule: a kind of situation, never a person. */
public enum ObservationCategory {
	YOUTH_GATHERING, ALCOHOL, DRUGS, VANDALISM, CONFLICT_OR_VIOLENCE, UNSAFE_ENVIRONMENT, POSITIVE_CONTACT, OTHER
}
