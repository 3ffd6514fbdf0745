package se.nattvandring.identity;

/** What a user does in the partnership; the UI names them through {@code role.<NAME>} messages. */
public enum Role {
	DISTRICT_COORDINATOR, FIELD_ASSISTANT, ASSOCIATION_CONTACT, WALKER, FOUNDATION, ADMIN,
	/** The attest right (beslutsattest): attests a payment basis that another person issued. */
	ATTESTER,
	/** The district's board (nämnd): reads the follow-up and the evaluation report, never a person's data. */
	BOARD;

	public String authority() {
		return "ROLE_" + name();
	}
}
