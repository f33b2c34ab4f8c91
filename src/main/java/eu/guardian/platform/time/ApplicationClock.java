package eu.guardian.platform.time;

import eu.guardian.platform.persistence.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock Guardian reads "now" from: every service injects {@link Clock} instead of building its own, so that
 * the legal deadlines can be tested at another date. The test stack alone sets {@code guardian.test.clock-control};
 * then "now" is moved by the offset in the database's {@code test_clock} row (docs/build.md, "Moving the clock in
 * tests"). In production the flag is off and the row, whatever it says, is never read.
 */
@ApplicationScoped
public class ApplicationClock {

    /** The configuration value that switches the clock control on; set only by the test stack. */
    public static final String CONTROL = "guardian.test.clock-control";

    private static volatile ClockOffset installed;

    @Inject
    @ConfigProperty(name = CONTROL, defaultValue = "false")
    boolean controlled;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    private Clock clock;

    @PostConstruct
    void choose() {
        clock = chosen(controlled, () -> {
            ClockOffset offset = new ClockOffset(dataSource, System::nanoTime);
            installed = offset;
            return offset;
        });
    }

    /** The system clock unless the control is switched on: the one decision, tested on its own. */
    static Clock chosen(boolean controlled, java.util.function.Supplier<ClockOffset> offset) {
        return controlled ? new ShiftedClock(offset.get()) : Clock.systemUTC();
    }

    static ClockOffset installedOffset() {
        if (installed == null) {
            throw new IllegalStateException("No clock control in this server");
        }
        return installed;
    }

    /** Dependent scope: {@link Clock} is not proxyable; both clocks are immutable and serialisable. */
    @Produces
    Clock clock() {
        return clock;
    }

    /** Real time, never moved by the tests: token lifetimes, key caches, the audit trail. */
    @Produces
    @RealTime
    Clock realTime() {
        return Clock.systemUTC();
    }
}
