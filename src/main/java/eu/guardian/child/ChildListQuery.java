package eu.guardian.child;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlValues;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The SQL of the children list: the caller's scope and the filters as indexed conditions (name words through
 * child_name_token), counted and paged in the database. Native SQL, so that EXPLAIN shows exactly what runs.
 */
final class ChildListQuery {

    private static final String COLUMNS = "c.id, c.case_number, c.given_names, c.family_name, c.birth_date,"
            + " c.nationality_kind, c.nationality_code, c.status, c.identified_on, c.guardian_due_on,"
            + " c.awaiting_guardian, (SELECT gd.name FROM guardianship g JOIN guardian gd ON gd.id = g.guardian_id"
            + " WHERE g.child_id = c.id AND g.ended_on IS NULL ORDER BY g.kind = 'FULL' DESC LIMIT 1)";

    private final SqlConditions conditions;

    /** @param scope the caller's part of the children ({@link ChildAccess#conditions()}) */
    ChildListQuery(SqlConditions scope, ChildFilter filter) {
        this.conditions = scope;
        filter.name().map(text -> NameTokens.of(List.of(text))).orElse(java.util.Set.of()).forEach(token ->
                conditions.and("EXISTS (SELECT 1 FROM child_name_token t WHERE t.child_id = c.id AND t.token LIKE ?)",
                        escapeLike(token) + "%"));
        filter.caseNumber().ifPresent(number ->
                conditions.and("c.case_number = ?", number.strip().toUpperCase(java.util.Locale.ROOT)));
        filter.nationalityCode().ifPresent(code -> conditions.and("c.nationality_code = ?", code));
        filter.status().ifPresent(status -> conditions.and("c.status = ?", status.name()));
        filter.awaitingGuardian().ifPresent(awaiting -> conditions.and("c.awaiting_guardian = ?", awaiting));
        filter.guardianId().ifPresent(guardianId -> conditions.and("EXISTS (SELECT 1 FROM guardianship fg"
                + " WHERE fg.child_id = c.id AND fg.guardian_id = ? AND fg.ended_on IS NULL)", guardianId));
    }

    String selectSql(String orderBy) {
        return "SELECT " + COLUMNS + " FROM child c" + conditions.where() + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?";
    }

    /** Counts the matches up to {@link Page#COUNT_LIMIT}. */
    String countSql() {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM child c" + conditions.where() + " LIMIT " + Page.COUNT_LIMIT
                + ") matches";
    }

    void bind(Query query) {
        conditions.bind(query);
    }

    void bindPage(Query query, int size, int offset) {
        conditions.bindPage(query, size, offset);
    }

    static ChildSummary summaryOf(Object[] row) {
        return new ChildSummary(SqlValues.number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                SqlValues.date(row[4]), (String) row[5], (String) row[6], (String) row[7], SqlValues.date(row[8]),
                SqlValues.date(row[9]), SqlValues.flag(row[10]), (String) row[11]);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
