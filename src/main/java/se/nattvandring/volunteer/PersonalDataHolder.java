package se.nattvandring.volunteer;

import java.util.List;
import java.util.Map;

/**
 * A module that keeps data about walkers implements this, so the register extract shows it all without the volunteer
 * module knowing the modules above it. A test compares {@link #tables()} with the schema's foreign keys to
 * {@code walker}, so a new table cannot be left out.
 */
public interface PersonalDataHolder {

	/** The tables whose rows about a walker {@link #extract} returns. */
	List<String> tables();

	/** @return per table, the walker's rows as column name to value */
	Map<String, List<Map<String, Object>>> extract(long walkerId);
}
