package se.nattvandring.place;

/** Where the knowledge about a place comes from. */
public enum KnowledgeSource {
	FIELD_ASSISTANTS, POLICE, ASSOCIATION, RESIDENTS
}
