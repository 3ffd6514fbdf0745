package se.nattvandring.shared;

import java.net.URI;

/**
 * A problem's {@code type}: one URI per kind of answer, stable across languages and releases, so that a client
 * branches on it rather than on a translated title. docs/api.md lists them.
 */
public final class ProblemTypes {

	static final String PREFIX = "urn:nattvandring:problem:";

	private ProblemTypes() {
	}

	public static URI of(String key) {
		return URI.create(PREFIX + key);
	}
}
