package se.nattvandring.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two flat field-to-text views of an aggregate, for the audit trail. */
public final class Snapshots {

	private Snapshots() {
	}

	/** @return each changed field with its text before and after, in the order of {@code after} */
	public static Map<String, List<String>> changes(Map<String, String> before, Map<String, String> after) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		after.forEach((field, now) -> {
			String then = before.getOrDefault(field, "");
			if (!Objects.equals(then, now)) {
				changes.put(field, List.of(then, now));
			}
		});
		return changes;
	}

	/**
	 * Typed text as the trail may keep it: a short SHA-256 fingerprint that changes with the text and says nothing
	 * of it, so the history shows that a note changed while the words stay where they can be erased.
	 */
	public static String fingerprint(String text) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "#" + java.util.HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
