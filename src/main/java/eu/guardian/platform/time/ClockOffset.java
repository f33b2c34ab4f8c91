package eu.guardian.platform.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The tests' shift of Guardian's clock, read from the database's one row {@code test_clock} so that every server of a
 * cluster moves together, and cached for a second so that "now" costs no query. Only the test stack switches it on
 * (docs/build.md, "Moving the clock in tests").
 */
final class ClockOffset {

    static final Duration CACHED_FOR = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ClockOffset.class.getName());

    private final DataSource dataSource;
    private final LongSupplier nanoTime;
    private volatile Duration offset = Duration.ZERO;
    private volatile long readAtNanos;
    private volatile boolean read;

    ClockOffset(DataSource dataSource, LongSupplier nanoTime) {
        this.dataSource = dataSource;
        this.nanoTime = nanoTime;
    }

    Duration current() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAtNanos >= CACHED_FOR.toNanos()) {
            offset = fromDatabase();
            readAtNanos = now;
            read = true;
        }
        return offset;
    }

    private Duration fromDatabase() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT offset_seconds FROM test_clock WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Duration.ofSeconds(row.getLong(1)) : Duration.ZERO;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The test clock's offset could not be read; the last one stays", e);
            return offset;
        }
    }
}
