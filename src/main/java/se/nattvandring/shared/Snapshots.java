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
}
