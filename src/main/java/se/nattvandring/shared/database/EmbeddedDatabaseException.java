package se.nattvandring.shared.database;

/** The embedded database could not start, with one sentence that says why and what to do; no stack trace needed. */
final class EmbeddedDatabaseException extends RuntimeException {

	EmbeddedDatabaseException(String sentence) {
		super(sentence);
	}

	EmbeddedDatabaseException(String sentence, Throwable cause) {
		super(sentence, cause);
	}
}
