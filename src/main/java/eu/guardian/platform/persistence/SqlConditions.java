package eu.guardian.platform.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The WHERE clause of a native list query, built condition by condition with its positional parameters, so that a
 * list's select, its bounded count and EXPLAIN all run the same SQL.
 */
public final class SqlConditions {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code AND condition}; {@code values} bind its {@code ?} in order. */
    public SqlConditions and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    /** Adds {@code AND fragment}, a condition owned by another rule (see {@link SqlFragment}). */
    public SqlConditions and(SqlFragment fragment) {
        where.append(" AND ").append(fragment.sql());
        parameters.addAll(fragment.parameters());
        return this;
    }

    /** {@code " WHERE ..."}, to append after the FROM clause. */
    public String where() {
        return where.toString();
    }

    /** The conditions' parameters as a fragment, to bind after other parameters that come before the WHERE. */
    public SqlFragment toFragment() {
        return new SqlFragment(where.toString(), parameters);
    }

    public void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** Binds the conditions, then the page: the query must end with {@code LIMIT ? OFFSET ?}. */
    public void bindPage(Query query, int size, int offset) {
        bind(query);
        query.setParameter(parameters.size() + 1, size);
        query.setParameter(parameters.size() + 2, offset);
    }
}
