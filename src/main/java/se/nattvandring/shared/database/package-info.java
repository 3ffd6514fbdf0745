@NullMarked
package se.nattvandring.shared.database;

import org.jspecify.annotations.NullMarked;
