package eu.guardian.platform.persistence;

import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of native SQL with its positional parameters, handed by the capability that owns a rule (e.g. "the child is
 * a current ward of this guardian") to the queries that need it, so that the rule is written in one place only.
 */
public record SqlFragment(String sql, List<Object> parameters) {

    public SqlFragment {
        parameters = List.copyOf(parameters);
    }

    public static SqlFragment of(String sql, Object... parameters) {
        return new SqlFragment(sql, Arrays.asList(parameters));
    }

    /** Binds this fragment's parameters from position {@code first} on; returns the next free position. */
    public int bind(Query query, int first) {
        int position = first;
        for (Object parameter : parameters) {
            query.setParameter(position++, parameter);
        }
        return position;
    }
}
