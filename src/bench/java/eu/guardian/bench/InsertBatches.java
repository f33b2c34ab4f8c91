package eu.guardian.bench;

import java.sql.SQLException;
import java.util.List;

/**
 * A generator's tables, one batch each, flushed together in foreign-key order (a parent row before the rows that
 * refer to it), so that every flush leaves the database consistent within the generator's transaction.
 */
abstract class InsertBatches implements AutoCloseable {

    /** The batches, parents first. */
    abstract List<BatchInsert> all();

    final void flushAll() throws SQLException {
        for (BatchInsert table : all()) {
            table.flush();
        }
    }

    @Override
    public final void close() throws SQLException {
        for (BatchInsert table : all()) {
            table.close();
        }
    }
}
