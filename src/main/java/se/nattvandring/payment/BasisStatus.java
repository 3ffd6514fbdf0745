package se.nattvandring.payment;

/** A basis is prepared as a draft, issued (locked, its walks paid) by one person, and attested by another. */
public enum BasisStatus {
	DRAFT, ISSUED, ATTESTED
}
