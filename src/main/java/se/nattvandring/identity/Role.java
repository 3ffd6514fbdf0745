package se.nattvandring.identity;

/** What a user does in the partnership; the UI names them through {@code role.<NAME>} messages. */
public enum Role {
	DISTRICT_COORDINATOR, FIELD_ASSISTANT, ASSOCIATION_CONTACT, WALKER, FOUNDATION, ADMIN,
	/** The attest right (beslutsattest): attests a payment basis that another person issued. */
	ATTESTER,
	/** The district's board (nämnd): reads the follow-up and the evaluation report, never a person's data. */
	BOARD,
	/**
	 * The installation's administrator: creates districts and their first administrator, and reads the mail log. It
	 * reads no district's data by this role; a district's data is read through a role in that district.
	 */
	INSTALLATION_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
