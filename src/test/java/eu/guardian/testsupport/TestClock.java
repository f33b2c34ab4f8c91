package eu.guardian.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Moves Guardian's clock in the test stack, where {@code guardian.test.clock-control} is on (docs/build.md, "Moving the
 * clock in tests"). A test that moves it puts it back in {@code finally}: {@code TestClock.movedBy(days, () -> ...)}.
 */
public final class TestClock {

    /** A little more than the server's cache of the offset. */
    private static final long CACHE_MILLIS = 1_200;

    private TestClock() {
    }

    /** Runs {@code action} while Guardian's "now" lies {@code shift} ahead (negative: behind) of real time. */
    public static void movedBy(Duration shift, Runnable action) {
        set(shift);
        try {
            action.run();
        } finally {
            set(Duration.ZERO);
        }
    }

    private static void set(Duration shift) {
        try (Connection connection = Database.connect();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO test_clock (id, offset_seconds)"
                        + " VALUES (1, ?) ON DUPLICATE KEY UPDATE offset_seconds = VALUES(offset_seconds)")) {
            upsert.setLong(1, shift.toSeconds());
            upsert.executeUpdate();
            Thread.sleep(CACHE_MILLIS);
        } catch (SQLException e) {
            throw new IllegalStateException("The test clock could not be set", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
