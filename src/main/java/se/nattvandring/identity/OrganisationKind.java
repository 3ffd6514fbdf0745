package se.nattvandring.identity;

public enum OrganisationKind {
	DISTRICT_ADMINISTRATION, ASSOCIATION, FOUNDATION
}
