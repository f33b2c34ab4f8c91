package eu.guardian.protection;

import eu.guardian.child.ChildAccess;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's part of the children (ChildAccess) as an SQL condition on {@code c} (the child table), for the paged
 * protection lists; with the parameters to bind in order.
 */
final class ProtectionScope {

    static final int COUNT_LIMIT = 10_000;

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    ProtectionScope(ChildAccess.Scope scope) {
        if (scope instanceof ChildAccess.Scope.Centre centre) {
            where.append(" AND c.current_centre_id = ?");
            parameters.add(centre.centreId());
        } else if (scope instanceof ChildAccess.Scope.Wards wards) {
            where.append(" AND EXISTS (SELECT 1 FROM guardianship w JOIN guardian wg ON wg.id = w.guardian_id"
                    + " WHERE w.child_id = c.id AND wg.username = ? AND w.appointed_on <= ?"
                    + " AND (w.ended_on IS NULL OR w.ended_on > ?))");
            parameters.add(wards.guardianUsername());
            parameters.add(Date.valueOf(wards.today()));
            parameters.add(Date.valueOf(wards.today()));
        } else if (!(scope instanceof ChildAccess.Scope.All)) {
            where.append(" AND 1 = 0");
        }
    }

    ProtectionScope and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    String where() {
        return where.toString();
    }

    void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    void bindPage(Query query, int size, int offset) {
        bind(query);
        query.setParameter(parameters.size() + 1, size);
        query.setParameter(parameters.size() + 2, offset);
    }

    static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (java.time.Instant) value;
    }

    static java.time.LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.time.LocalDate day ? day : ((Date) value).toLocalDate();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
