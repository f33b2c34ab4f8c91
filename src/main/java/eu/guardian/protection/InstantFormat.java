package eu.guardian.protection;

import eu.guardian.platform.i18n.LocalTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Shows instants on pages in the reader's time zone and date pattern ({@link LocalTimes}). */
@Named("instants")
@RequestScoped
public class InstantFormat {

    @Inject
    LocalTimes localTimes;

    public String format(Instant instant) {
        return localTimes.at(instant);
    }
}
