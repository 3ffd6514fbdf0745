/**
 * Organisations, users, roles, login and personal API tokens. Other modules learn who is asking through
 * {@link se.nattvandring.identity.CurrentUser} and read organisations through {@link se.nattvandring.identity.Organisations}.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package se.nattvandring.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
