package se.nattvandring.payment;

/**
 * How the money moves under an agreement. An IOP is not a procurement: many municipalities pay it as a grant to the
 * account in their association register. Both modes use the same basis and the same attest.
 */
public enum PaymentMode {
	/** The basis is the finance office's payment order, to the association's bankgiro, with an SIE voucher. */
	PAYOUT,
	/** The association sends the Peppol invoice made from the basis. */
	INVOICE
}
