package se.nattvandring.agreement;

/**
 * What the occasions left over at the term's end are worth when an agreement pays per block of N (Lidingö: 10 000 kr
 * per six evenings): nothing, or their share of the block's rate (four evenings of six: four sixths).
 */
public enum IncompleteBlock {
	NOTHING, SHARE
}
