package se.nattvandring.agreement;

import se.nattvandring.identity.OrganisationKind;

/** A party's role in an IOP agreement, and which kind of organisation may hold it. */
public enum PartyRole {
	/** The district administration that owns and pays (huvudman). */
	PRINCIPAL(OrganisationKind.DISTRICT_ADMINISTRATION),
	/** An idea-based association that walks and is paid (idéburen part). */
	ASSOCIATION(OrganisationKind.ASSOCIATION),
	/** A supporting party such as Nattvandring.nu (stödjande part). */
	SUPPORTING(null),
	/** The district's field assistants as a group. */
	FIELD_ASSISTANTS(OrganisationKind.DISTRICT_ADMINISTRATION);

	private final OrganisationKind requiredKind;

	PartyRole(OrganisationKind requiredKind) {
		this.requiredKind = requiredKind;
	}

	boolean acceptsOrganisationOf(OrganisationKind kind) {
		return requiredKind == null || requiredKind == kind;
	}
}
