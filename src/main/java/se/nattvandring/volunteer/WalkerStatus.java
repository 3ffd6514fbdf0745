package se.nattvandring.volunteer;

/** An anonymised walker keeps only what statistics need; nothing can bring their identity back. */
public enum WalkerStatus {
	ACTIVE, INACTIVE, ANONYMISED
}
