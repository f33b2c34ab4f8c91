package eu.guardian.child;

import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the children list: the caller's scope and the filters as indexed conditions (name words through
 * child_name_token), counted and paged in the database. Native SQL, so that EXPLAIN shows exactly what runs.
 */
final class ChildListQuery {

    static final int COUNT_LIMIT = 10_000;

    private static final String COLUMNS = "c.id, c.case_number, c.given_names, c.family_name, c.birth_date,"
            + " c.nationality_kind, c.nationality_code, c.status, c.identified_on, c.guardian_due_on,"
            + " c.awaiting_guardian, (SELECT gd.name FROM guardianship g JOIN guardian gd ON gd.id = g.guardian_id"
            + " WHERE g.child_id = c.id AND g.ended_on IS NULL ORDER BY g.kind = 'FULL' DESC LIMIT 1)";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    ChildListQuery(ChildAccess.Scope scope, ChildFilter filter) {
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
        } else if (scope instanceof ChildAccess.Scope.Nothing) {
            where.append(" AND 1 = 0");
        }
        filter.name().map(text -> NameTokens.of(List.of(text))).orElse(java.util.Set.of()).forEach(token -> {
            where.append(" AND EXISTS (SELECT 1 FROM child_name_token t WHERE t.child_id = c.id AND t.token LIKE ?)");
            parameters.add(escapeLike(token) + "%");
        });
        filter.caseNumber().ifPresent(number -> {
            where.append(" AND c.case_number = ?");
            parameters.add(number.strip().toUpperCase(java.util.Locale.ROOT));
        });
        filter.nationalityCode().ifPresent(code -> {
            where.append(" AND c.nationality_code = ?");
            parameters.add(code);
        });
        filter.status().ifPresent(status -> {
            where.append(" AND c.status = ?");
            parameters.add(status.name());
        });
        filter.awaitingGuardian().ifPresent(awaiting -> {
            where.append(" AND c.awaiting_guardian = ?");
            parameters.add(awaiting);
        });
        filter.guardianId().ifPresent(guardianId -> {
            where.append(" AND EXISTS (SELECT 1 FROM guardianship fg WHERE fg.child_id = c.id AND fg.guardian_id = ?"
                    + " AND fg.ended_on IS NULL)");
            parameters.add(guardianId);
        });
    }

    String selectSql(String orderBy) {
        return "SELECT " + COLUMNS + " FROM child c" + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
    }

    /**
     * Counts the matches up to {@link #COUNT_LIMIT}: counting all of 90 000 open cases costs more than the page
     * itself, and nobody pages through more than ten thousand children (they narrow the filter instead).
     */
    String countSql() {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM child c" + where + " LIMIT " + COUNT_LIMIT + ") matches";
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

    static ChildSummary summaryOf(Object[] row) {
        return new ChildSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                localDate(row[4]), (String) row[5], (String) row[6], (String) row[7], localDate(row[8]),
                localDate(row[9]), truthy(row[10]), (String) row[11]);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean flag ? flag : value instanceof Number number && number.intValue() != 0;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
