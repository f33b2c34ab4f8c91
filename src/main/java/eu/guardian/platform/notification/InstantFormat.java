package eu.guardian.platform.notification;

import eu.guardian.platform.i18n.LocalTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Points in time on pages, in the reader's time zone and date pattern ({@link LocalTimes}). */
@Named
@RequestScoped
public class InstantFormat {

    @Inject
    LocalTimes localTimes;

    /** Date and time, e.g. 28/11/2026 10:15. */
    public String at(Instant instant) {
        return localTimes.at(instant);
    }

    /** The day only, e.g. 28/11/2026. */
    public String day(Instant instant) {
        return localTimes.day(instant);
    }
}
