package se.nattvandring.walk;

import se.nattvandring.walk.WalkEvents.NightEntryRecorded;

/**
 * An entry of a walk night that the walk has accepted, with the event that tells of it. {@link NightEntryLog} appends
 * it beside the walk: the walk's row is not rewritten for it.
 */
record NightEntry<T>(long walkId, T value, NightEntryRecorded event) {
}
