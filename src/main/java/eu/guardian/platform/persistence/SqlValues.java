package eu.guardian.platform.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Values of native query rows, whichever Java type the driver chose for a column. DATETIME columns hold UTC (the
 * connection's time zone), so a Timestamp is already the right instant and a LocalDateTime is read as UTC.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** A point in time from a NOT NULL column. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a point in time: " + value);
    }

    /** A point in time from a nullable column (for records that show "none" as null). */
    public static Instant instantOrNull(Object value) {
        return value == null ? null : instant(value);
    }

    /** A day from a DATE column; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value);
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A BOOLEAN column, which MariaDB returns as a number. */
    public static boolean flag(Object value) {
        return value instanceof Boolean flag ? flag : value instanceof Number number && number.intValue() != 0;
    }
}
