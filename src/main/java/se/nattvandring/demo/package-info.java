/**
 * The demo world: the seed decision's own organisations, accounts and agreements. Only in demo mode; nothing depends
 * on this module.
 */
@NullMarked
@ApplicationModule(displayName = "Demo")
package se.nattvandring.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
