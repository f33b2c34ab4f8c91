package eu.guardian.platform.persistence;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a native query whose rows are read by column name ({@link Row}). EclipseLink, Guardian's JPA provider, returns
 * each row as a map of column label to value when asked by its {@code eclipselink.result-type} hint.
 */
public final class NativeRows {

    private static final String RESULT_TYPE = "eclipselink.result-type";

    private NativeRows() {
    }

    /** Every row of a query whose parameters are already bound. */
    @SuppressWarnings("unchecked")
    public static List<Row> list(Query query) {
        query.setHint(RESULT_TYPE, "Map");
        return ((List<Map<?, ?>>) query.getResultList()).stream().map(Row::of).toList();
    }

    /** The first row, if any (the query should limit itself to one). */
    public static Optional<Row> first(Query query) {
        return list(query).stream().findFirst();
    }
}
