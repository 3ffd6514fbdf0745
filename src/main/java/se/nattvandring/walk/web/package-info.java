/**
 * The walk module's pages and API: thin controllers that take a command, make one call to the module's services and
 * redirect or answer; the forms as typed. Internal to the module.
 */
@NullMarked
package se.nattvandring.walk.web;

import org.jspecify.annotations.NullMarked;
