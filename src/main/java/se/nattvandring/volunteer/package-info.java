/**
 * The walkers of each association: the little personal data a walk needs, their training records and loans, their
 * register extract, and the anonymisation of those long inactive. {@link se.nattvandring.volunteer.Walkers} is the API;
 * {@link se.nattvandring.volunteer.Eligibility} answers whether a walker may walk on a date under an agreement.
 */
@NullMarked
@ApplicationModule(displayName = "Volunteer", allowedDependencies = { "shared", "identity", "agreement" })
package se.nattvandring.volunteer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
