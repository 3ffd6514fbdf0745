package se.nattvandring.place;

public enum PlaceKind {
	STATION, CENTRE, SCHOOL_YARD, PARK, SPORTS_GROUND, PASSAGE, OTHER
}
