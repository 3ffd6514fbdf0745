package se.nattvandring.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start of the embedded database into Boot's short report: what happened, and what to do. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
		String sentence = String.valueOf(cause.getMessage());
		int fix = sentence.indexOf(": ");
		return fix < 0 ? new FailureAnalysis(sentence, "See the sentence above.", cause)
				: new FailureAnalysis(sentence.substring(0, fix) + ".", capitalised(sentence.substring(fix + 2)), cause);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
