package eu.guardian.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The tests' clock control is off unless the test stack's flag switches it on (docs/build.md). */
class ApplicationClockTest {

    @Test
    void withoutTheFlagTheSystemClockIsUsedAndTheOffsetIsNeverRead() {
        AtomicBoolean asked = new AtomicBoolean();
        Clock clock = ApplicationClock.chosen(false, () -> {
            asked.set(true);
            return new ClockOffset(null, System::nanoTime);
        });
        assertEquals(Clock.systemUTC(), clock);
        assertFalse(asked.get());
    }

    @Test
    void withTheFlagTheClockFollowsTheOffset() {
        Clock clock = ApplicationClock.chosen(true, () -> new ClockOffset(null, System::nanoTime));
        assertTrue(clock instanceof ShiftedClock);
    }

    @Test
    void theFlagDefaultsToOffInTheApplicationsConfiguration() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        assertFalse(Boolean.parseBoolean(config.getProperty(ApplicationClock.CONTROL, "false")));
    }
}
