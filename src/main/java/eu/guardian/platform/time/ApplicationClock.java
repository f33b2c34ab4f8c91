package eu.guardian.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock Guardian reads "now" from: every service injects {@link Clock} instead of building its own, so that
 * the legal deadlines can be tested at another date by replacing this producer's clock in one place.
 */
@ApplicationScoped
public class ApplicationClock {

    private final Clock clock = Clock.systemUTC();

    /** Dependent scope: {@link Clock} is not proxyable, and the system clock is immutable and serialisable. */
    @Produces
    Clock clock() {
        return clock;
    }
}
