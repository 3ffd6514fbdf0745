/**
 * The walk module's read models: lists, the calendar month, the night page and tonight's overview, each read in a
 * bounded number of statements. Internal to the module.
 */
@NullMarked
package se.nattvandring.walk.query;

import org.jspecify.annotations.NullMarked;
