package eu.guardian.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a native query, read by column name (or alias) rather than by position, so that adding a column to a
 * SELECT cannot shift what the code reads. Values are converted as {@link SqlValues} does (DATETIME is UTC).
 */
public final class Row {

    private final Map<String, Object> values;

    Row(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Builds a row from column names to values; names are matched without regard to case. EclipseLink's row maps are
     * keyed by its own field objects, whose text is the (unqualified, for native queries) column label.
     */
    public static Row of(Map<?, ?> columns) {
        Map<String, Object> byName = new java.util.HashMap<>(columns.size() * 2);
        columns.forEach((key, value) -> {
            String name = String.valueOf(key);
            byName.put(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), value);
        });
        return new Row(byName);
    }

    /** The raw value; an unknown column is a programming error, not a NULL. */
    public Object value(String column) {
        String key = column.toLowerCase(Locale.ROOT);
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No column " + column + " in " + values.keySet());
        }
        return values.get(key);
    }

    /** A NOT NULL text column. */
    public String text(String column) {
        return (String) require(column);
    }

    public Optional<String> optionalText(String column) {
        return Optional.ofNullable((String) value(column));
    }

    /** A NOT NULL integer column (any numeric type the driver chose). */
    public long number(String column) {
        return SqlValues.number(require(column));
    }

    public int integer(String column) {
        return Math.toIntExact(number(column));
    }

    public Optional<Long> optionalNumber(String column) {
        return Optional.ofNullable(value(column)).map(SqlValues::number);
    }

    public Instant instant(String column) {
        return SqlValues.instant(require(column));
    }

    public Optional<Instant> optionalInstant(String column) {
        return Optional.ofNullable(value(column)).map(SqlValues::instant);
    }

    public LocalDate date(String column) {
        return SqlValues.date(require(column));
    }

    public Optional<LocalDate> optionalDate(String column) {
        return Optional.ofNullable(SqlValues.date(value(column)));
    }

    public boolean flag(String column) {
        return SqlValues.flag(value(column));
    }

    /** A NOT NULL column holding an enum constant's name. */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return Enum.valueOf(type, text(column));
    }

    private Object require(String column) {
        Object value = value(column);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is NULL");
        }
        return value;
    }
}
