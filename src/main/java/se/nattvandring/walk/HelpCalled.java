package se.nattvandring.walk;

/** Whom the team called for help during an observation. */
public enum HelpCalled {
	POLICE, AMBULANCE, FIELD_ASSISTANTS, PARENTS, SOCIAL_SERVICES
}
