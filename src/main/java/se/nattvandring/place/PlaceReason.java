package se.nattvandring.place;

/** Why a place needs adult presence: structured, so follow-up can count it and nobody has to write names. */
public enum PlaceReason {
	YOUTH_GATHERING, DRUG_SCENE, POOR_LIGHTING, UNSAFE_PASSAGE, VANDALISM, RESIDENT_CONCERNS
}
