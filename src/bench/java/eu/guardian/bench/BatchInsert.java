package eu.guardian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Rows for one table, collected in a JDBC batch. With {@code rewriteBatchedStatements=true} Connector/J sends each
 * flush as a few multi-row INSERTs instead of one round trip per row, which is what makes a million rows take seconds.
 */
final class BatchInsert implements AutoCloseable {

    private final String table;
    private final int columnCount;
    private final PreparedStatement statement;
    private int pending;
    private long written;

    BatchInsert(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        this.columnCount = columns.length;
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    /** Values in column order; null for SQL NULL, LocalDate for DATE, LocalDateTime (UTC) for DATETIME(6). */
    void add(Object... values) throws SQLException {
        if (values.length != columnCount) {
            throw new IllegalArgumentException(table + " has " + columnCount + " columns, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        pending++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    String table() {
        return table;
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
