/**
 * What every module shares: money in SEK, Stockholm time and the injected clock, problem details, the layout's
 * i18n helpers, and the embedded PostgreSQL used when no external database is configured.
 */
@NullMarked
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package se.nattvandring.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
