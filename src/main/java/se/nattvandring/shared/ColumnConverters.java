package se.nattvandring.shared;

import java.util.List;

/**
 * A module's own value types as columns: each module that stores a value of its own in an aggregate's column gives
 * its reading and writing converters here, and the one JDBC conversion setup collects them.
 */
public interface ColumnConverters {

	List<Object> converters();
}
