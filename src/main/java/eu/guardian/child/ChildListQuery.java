package eu.guardian.child;

import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * The SQL of the children list: the caller's scope and the filters as indexed conditions (name words through
 * child_name_token), counted and paged in the database. Native SQL, so that EXPLAIN shows exactly what runs. The
 * current guardian's name and the "children of this guardian" filter come from guardianship's rule
 * ({@link CurrentGuardians}).
 */
final class ChildListQuery {

    private static final String COLUMNS = "c.id, c.case_number, " + ChildNames.columns("c") + ", c.birth_date,"
            + " c.nationality_kind, c.nationality_code, c.status, c.identified_on, c.guardian_due_on,"
            + " c.awaiting_guardian, c.adult_on";

    private final SqlConditions conditions;
    private final SqlFragment guardianName;

    /** @param scope the caller's part of the children ({@link ChildAccess#conditions()}) */
    ChildListQuery(SqlConditions scope, ChildFilter filter, CurrentGuardians guardians, LocalDate today) {
        this.conditions = scope;
        this.guardianName = guardians.nameOfGuardian("c.id", today);
        filter.name().map(text -> NameTokens.of(List.of(text))).orElse(java.util.Set.of()).forEach(token ->
                conditions.and("EXISTS (SELECT 1 FROM child_name_token t WHERE t.child_id = c.id AND t.token LIKE ?)",
                        escapeLike(token) + "%"));
        filter.caseNumber().ifPresent(number ->
                conditions.and("c.case_number = ?", number.strip().toUpperCase(java.util.Locale.ROOT)));
        filter.nationalityCode().ifPresent(code -> conditions.and("c.nationality_code = ?", code));
        filter.status().ifPresent(status -> conditions.and("c.status = ?", status.name()));
        filter.awaitingGuardian().ifPresent(awaiting -> conditions.and("c.awaiting_guardian = ?", awaiting));
        filter.guardianId().ifPresent(guardianId -> conditions.and(guardians.wardOfGuardian("c.id", guardianId,
                today)));
    }

    /** One page of the list, in {@code orderBy}'s order. */
    List<ChildSummary> page(jakarta.persistence.EntityManager em, String orderBy, int size, int offset) {
        Query select = em.createNativeQuery("SELECT " + COLUMNS + ", " + guardianName.sql() + " AS guardian_name"
                + " FROM child c" + conditions.where() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?");
        int next = guardianName.bind(select, 1);
        next = conditions.toFragment().bind(select, next);
        select.setParameter(next, size).setParameter(next + 1, offset);
        return NativeRows.list(select).stream().map(ChildListQuery::summaryOf).toList();
    }

    /** Counts the matches up to {@link Page#COUNT_LIMIT}. */
    long count(jakarta.persistence.EntityManager em) {
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM child c" + conditions.where()
                + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static ChildSummary summaryOf(Row row) {
        return new ChildSummary(row.number("id"), row.text("case_number"), row.text("given_names"),
                row.text("family_name"), row.optionalText("latin_given_names").orElse(null),
                row.optionalText("latin_family_name").orElse(null), row.optionalDate("birth_date").orElse(null),
                row.text("nationality_kind"),
                row.optionalText("nationality_code").orElse(null), row.text("status"),
                row.optionalDate("identified_on").orElse(null), row.optionalDate("guardian_due_on").orElse(null),
                row.flag("awaiting_guardian"), row.optionalText("guardian_name").orElse(null),
                row.optionalDate("adult_on").orElse(null));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
